"""Header metadata on the forms notices are written in."""
from __future__ import annotations

import planparse


def meta(text: str):
    return planparse.parse(text).meta


def test_wrapper_title_issuer_number_signature_date_and_recipients():
    m = meta("遵义市卫生健康局关于印发《遵义市2022年卫生健康工作要点》的通知\n\n遵市卫健发〔2022〕1号\n\n"
             "各县、自治县、区(市)卫生健康局，市直医疗卫生单位：\n现将要点印发你们，请认真贯彻落实。\n\n"
             "2022年2月24日\n\n遵义市2022年卫生健康工作要点\n一、加强领导")
    assert m.title == "遵义市2022年卫生健康工作要点"
    assert m.issuer == "遵义市卫生健康局"
    assert m.doc_number == "遵市卫健发〔2022〕1号"
    assert m.date == "2022-02-24" and m.plan_year == 2022
    assert m.recipients == ["各县、自治县、区(市)卫生健康局", "市直医疗卫生单位"]


def test_document_numbers_with_square_brackets_and_spaces_inside():
    assert meta("黔卫健发[2023] 5号\n一、要求").doc_number == "黔卫健发[2023] 5号"
    assert meta("文号: 沪奉卫健〔 2024 〕12 号\n一、要求").doc_number == "沪奉卫健〔 2024 〕12 号"


def test_a_document_number_that_lost_its_closing_bracket_and_hao_is_read_as_printed():
    # A PDF copy may drop the 〕 and the 号 of the 文号 line, running year and serial together: 牟定 应急预案 2017
    # (devgold-sm42 mouding, gold as printed) '牟政办发〔201746', 西乡 任务分解 2023 (devgold-un43 xixiang) '西政发〔20233'.
    m = meta("牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n\n牟政办发〔201746\n\n各乡镇人民政府:\n"
             "现将预案印发给你们。\n1 总则")
    assert m.doc_number == "牟政办发〔201746"
    m = meta("西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知\n\n西政发〔20233\n\n西乡县人民政府\n\n"
             "各镇人民政府:\n现将一览表印发给你们。")
    assert m.doc_number == "西政发〔20233"
    # a year alone in brackets, or a bracketed year in prose, is no number
    assert meta("某县工作要点\n(2023\n一、要求").doc_number is None
    assert meta("某县工作要点\n按照省政发〔2023\n一、要求").doc_number is None


def test_a_number_cited_in_the_body_is_not_the_documents_own():
    assert meta("关于若干措施\n一、要求\n落实《实施方案》(闽发改农业〔2020〕736号)。").doc_number is None


def test_signing_date_wins_over_publication_date_and_garbled_dates_read_sensibly():
    assert meta("发布时间: 2022-12-31 16:59\n某某工作要点\n20225月10日\n一、要求").date == "2022-05-10"
    assert meta("发布时间: 2022-12-31 16:59\n某某工作要点\n一、要求").date == "2022-12-31"
    assert meta("成文日期: 二〇二三年三月五日\n一、要求").date == "2023-03-05"


def test_plan_year_from_title_range_or_date():
    assert meta("雨山区卫健委2022年工作总结及2023年工作计划\n一、总结").plan_year == 2022
    assert meta("健康县城建设三年行动方案(2023—2025年)\n一、目标").plan_year is None
    assert meta("发文日期 | 2023-09-14 |\n木垒县“健康中国”行动工作落实情况\n一、情况").plan_year == 2023
    assert meta("发布时间:2022-12-06\n《关于进一步加强卫生健康工作的若干措施》\n一、措施").plan_year is None


def test_a_horizon_year_in_the_title_is_no_plan_year():
    # 到2025年 in a headline is the horizon the plan aims at, not the year it is for (devgold-tg43 杭州 健康治理
    # 2023-10-30 "杭州:到2025年 基本建成…"; golds leave a horizon's year null: open46a pa08, open47b pd02/pd09)
    assert meta("发布时间:2023-10-30\n杭州:到2025年 基本建成具有杭州特色的健康治理体系\n一、目标").plan_year is None
    assert meta("某市关于力争至2030年基本实现农业现代化的实施意见\n一、目标").plan_year is None
    # a plan's own year before a horizon stays the plan's
    assert meta("某县2023年工作要点(到2025年目标)\n一、目标").plan_year == 2023


def test_header_fields_in_pipe_tables_and_spaced_labels():
    m = meta("某县工作落实情况\n索 引 号 | MLX15/2023-000018 | 主题分类 | |\n名 称 | 某县工作落实情况 | ||\n"
             "文 号 | 发文日期 | 2023-09-14 10:55:56 |\n发文单位 | 某县卫生健康委员会 | 发布机构 | 某县政府网 |\n正文开始。")
    assert (m.title, m.doc_number, m.date, m.issuer) == ("某县工作落实情况", None, "2023-09-14", "某县卫生健康委员会")


def test_no_header_at_all():
    m = meta("加强基层医疗卫生服务能力建设。")
    assert m.title is None and m.date is None and m.plan_year is None and m.recipients == []


def test_a_title_wrapped_over_two_lines_and_a_page_title_with_the_site_name():
    assert meta("关于印发《某市2023年卫生健康\n工作要点》的通知\n一、要求").title == "某市2023年卫生健康工作要点"
    assert meta("关于印发《某县2023年工作要点》的通知_某县人民政府\n一、要求").title == "某县2023年工作要点"


def test_signature_date_bracketed_or_after_the_issuer():
    assert meta("某县工作方案\n(2023年3月5日)\n一、要求").date == "2023-03-05"
    assert meta("某县工作方案\n一、要求\n某县卫生健康局 2023年3月5日").date == "2023-03-05"


def test_wrapper_over_lines_without_quotes_and_with_its_number_in_front():
    m = meta("当前位置: 首页 >本局文件\n湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知\n  • 时间:2023-05-04 08:58:16\n"
             "湖卫健发〔2023〕1号 \n湖州市卫生健康委关于印发\n\n2023年全市卫生健康工作要点的通知\n\n各区县卫生健康局：\n"
             "现将要点下发给你们。\n湖州市卫生健康委员会\n2023年4月26日\n2023年全市卫生健康工作要点\n一、  全面深化一个主题")
    assert (m.title, m.doc_number, m.date, m.plan_year) == ("2023年全市卫生健康工作要点", "湖卫健发〔2023〕1号", "2023-04-26", 2023)
    m = meta("云府办发〔2021〕6号 云岩区人民政府办公室关于印发健康云岩行动实施方案的通知\n各街道办事处：\n一、总体目标")
    assert (m.title, m.doc_number, m.issuer) == ("健康云岩行动实施方案", "云府办发〔2021〕6号", "云岩区人民政府办公室")
    assert meta("关于印发新乡市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n一、总体思路").title == \
        "新乡市公共卫生体系建设三年行动计划(2023—2025年)"


def test_the_plans_own_heading_wins_over_the_wrappers_wording():
    m = meta("发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号\n浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n"
             "各市卫生健康委:\n现将要点印发给你们。\n浙江省卫生健康委\n2023年4月22日\n2023年全省卫生健康工作要点\n一、总体要求")
    assert (m.title, m.doc_number, m.date) == ("2023年全省卫生健康工作要点", "浙卫发〔2023〕10号", "2023-04-22")


def test_titles_wrapped_without_a_wrapper_and_bracketed_suffix_lines():
    assert meta("鄂府办发〔2024〕24号\n各旗区人民政府:\n某市人民政府办公室\n2024年4月8日\n"
                "鄂尔多斯市进一步完善医疗卫生\n\n服务体系实施方案\n为深入贯彻…\n一、总体要求").title == \
        "鄂尔多斯市进一步完善医疗卫生服务体系实施方案"
    m = meta("明卫计〔2015〕69号\n(此件公开发布)\n明光市卫计委办公室 2015年11月23日印发\n"
             "明光市新型农村合作医疗统筹补偿实施方案\n(2016版)\n一、指导思想")
    assert (m.title, m.plan_year) == ("明光市新型农村合作医疗统筹补偿实施方案(2016版)", 2016)


def test_a_table_of_contents_above_the_title_is_not_the_title():
    m = meta("(一)家庭医生签约服务情况\n(二)医疗卫生强基工实施情况\nXX区卫健委乡村振兴2025年上半年工作总结\n"
             "XX区卫健委认真贯彻落实。现将工作总结如下:\n一、上半年工作开展情况")
    assert (m.title, m.plan_year) == ("XX区卫健委乡村振兴2025年上半年工作总结", 2025)


def test_compact_garbled_signature_dates_read_only_when_unambiguous():
    assert meta("某局2024年工作要点\n发布时间:2024-03-28\n2024327\n一、要求").date == "2024-03-27"
    assert meta("某局2024年工作要点\n发布时间:2024-03-28\n2024111\n一、要求").date == "2024-03-28"


# The headers below are taken from real notices published on government sites.

def test_wrapper_glued_to_its_number_inside_book_quotes_with_angle_quoted_title():
    m = meta("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
             "各区人民政府,市政府各委、办、局,各市属机构:\n"
             "《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n"
             "北京市人民政府办公厅\n2016年5月28日\n一、围绕深化改革推进公开")
    assert (m.title, m.issuer, m.doc_number) == ("北京市2016年政务公开工作要点", "北京市人民政府办公厅", "京政办发〔2016〕26号")
    assert (m.date, m.plan_year) == ("2016-05-28", 2016)


def test_wrapper_of_a_joint_notice_names_all_its_issuers():
    m = meta("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
             "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知\n\n各区(市)县政府(管委会),市级有关部门:\n一、总体要求")
    assert m.title == "成都市城市社区嵌入式服务设施建设工程实施方案"
    assert m.issuer.startswith("成都市发展和改革委员会") and m.issuer.endswith("成都市住房和城乡建设局")


def test_news_style_headline_x_prints_y():
    m = meta("《临汾市政府印发临汾市水污染防治2018年行动计划》\n• 发布时间:2018-09-03\n一、工作目标")
    assert (m.title, m.date, m.plan_year) == ("临汾市水污染防治2018年行动计划", "2018-09-03", 2018)


def test_without_a_title_line_the_transmittal_names_the_plan():
    m = meta("各功能区管委会,各乡镇(街道)人民政府(办事处),县政府直属各单位:\n"
             "《永嘉县应急管理“十四五”规划》已经县政府同意,现印发给你们,请认真贯彻执行。\n一、发展基础")
    assert m.title == "永嘉县应急管理“十四五”规划"
    # a 《》 title cited in the body is not a transmittal
    assert meta("县人大审议通过的《政府工作报告》,安排部署了2016年奋斗目标。\n一、目标").title is None


def test_a_signature_date_wins_over_a_page_stamp_alone_on_a_line():
    m = meta("市政府办公室关于印发无锡市老龄事业发展“十三五”规划的通知\n\n2019-12-26\n\n锡政办发〔2017〕35号\n"
             "各市(县)、区人民政府:\n《无锡市老龄事业发展“十三五”规划》已经市政府同意,现印发给你们。\n"
             "无锡市人民政府办公室\n2017年2月21日\n一、发展基础")
    assert m.date == "2017-02-21"
    assert meta("市教育局2022年工作要点\n2024-06-03\n一、要求").date == "2024-06-03"  # only a stamp: use it
    # a page prints its publication date in 年月日 under the title too (blind44 b4402, 萍乡 河长制 通知: 2019年7月19日
    # above the 文号, signed 2019年5月24日 under 萍乡市人民政府办公室): the date under the signer is the signature
    m = meta("某市人民政府办公室关于印发2019年某市河长制工作要点的通知\n\n2019年7月19日\n某府办字〔2019〕17号\n\n"
             "各县(区)人民政府:\n《2019年某市河长制工作要点》已经市政府同意,现印发给你们。\n\n"
             "某市人民政府办公室\n\n2019年5月24日\n\n(此件主动公开)\n一、总体要求")
    assert m.date == "2019-05-24"
    # a publication date in square brackets after its label (blind44 b4404, 柯桥 财政局: 发布日期:[2022-02-18] 浏览)
    assert meta("财政报告\n发布日期:[2022-02-18] 浏览\n关于某区2021年财政预算执行情况的报告\n一、执行情况").date == "2022-02-18"
    # the delivery line of a report broken in two (blind44 b4404: 2022年2月20日在绍兴市柯桥区⏎⏎第二届人民代表大会第一次会议上)
    m = meta("财政报告\n发布日期:[2022-02-18] 浏览\n\n关于某区2021年财政预算执行情况的报告\n\n2022年2月20日在某区\n\n"
             "第二届人民代表大会第一次会议上\n\n各位代表:\n一、执行情况")
    assert m.date == "2022-02-20"
    # the delivery date in brackets after the meeting and the speaker (blind44 b4406, a repost run into one line)
    m = meta("2019年某县人民政府工作报告\n公文搜 2021-07-27 17:30:25 政府报告\n2019年某县人民政府工作报告——在某县第十七届人民代表大会"
             "第四次会议上县长张某(2020年1月8日)各位代表:现在,我代表县人民政府向大会作工作报告,请予审议。")
    assert m.date == "2020-01-08"


def test_breadcrumbs_and_field_labels_are_not_issuer_or_recipients():
    m = meta("当前位置: 首页\n>政务频道 >政务公开 >本局文件\n湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知\n"
             "湖卫健发〔2023〕1号\n一、总体要求")
    assert (m.title, m.issuer) == ("2023年全市卫生健康工作要点", "湖州市卫生健康委")
    m = meta("  • 发布单位:\n\n    县政府办\n\n  • 统一编号:\n\n    HCSD01-2023-0006\n\n"
             "常山县人民政府办公室关于印发《常山县提升“助老三件事”服务能力的实施办法》的通知\n"
             "各乡(镇)人民政府,街道办事处,县级机关各单位:\n一、总体要求")
    assert (m.issuer, m.recipients) == ("常山县人民政府办公室", ["各乡(镇)人民政府", "街道办事处", "县级机关各单位"])


def test_transmittal_on_the_same_line_as_the_first_heading():
    m = meta("各乡镇人民政府,县政府直属各单位: 《永嘉县应急管理“十四五”规划》已经县政府第72次常务会议审议通过,"
             "现印发给你们,请认真贯彻执行。 一、发展基础 (一)“十三五”期间工作成效")
    assert m.title == "永嘉县应急管理“十四五”规划"


def test_summary_with_next_years_ideas_and_issuer_labels_over_source_labels():
    m = meta("索 引 号: 330502/2024-00854 成文日期: 2024-02-20\n文件编号: 发布机构: 区民政局\n"
             "吴兴区民政局2023年工作总结和2024年工作思路\n发布日期:2024-02-20 15:32:18\n2023年,区民政局…\n一、工作总结")
    assert (m.title, m.issuer, m.date, m.plan_year) == ("吴兴区民政局2023年工作总结和2024年工作思路", "区民政局", "2024-02-20", 2023)
    m = meta("某某意见\n信息来源 :党工委办\n发文机关 :安阳市教育局\n一、要求")
    assert m.issuer == "安阳市教育局"
    assert meta("某某意见\n信息来源 :党工委办\n一、要求").issuer == "党工委办"


def test_field_table_with_a_bar_after_the_colon():
    # 政府信息公开页的索引表："名 称: | 值 |"（嘉定区爱国卫生运动实施方案）
    m = meta("索 引 号: | WA0310004-2021-002 | 主题分类: | 区府办文件 |\n"
             "发布机构: | 区政府 | 发文日期: | 2021-12-09 |\n"
             "名 称: | 上海市嘉定区人民政府关于深入推进爱国卫生运动的实施方案 | ||\n"
             "文 号: | 嘉府发〔2021〕34号 | 公开类型: | 主动公开 |\n"
             "各镇人民政府,区政府各委、办、局、街道办事处,嘉定工业区、菊园新区管委会:\n"
             "为深入贯彻习近平总书记关于爱国卫生工作的系列重要指示、批示精神,制定本实施方案。\n一、指导思想")
    assert m.title == "上海市嘉定区人民政府关于深入推进爱国卫生运动的实施方案"
    assert m.doc_number == "嘉府发〔2021〕34号"
    assert m.date == "2021-12-09"
    assert m.issuer == "区政府"
    assert m.recipients == ["各镇人民政府", "区政府各委、办、局", "街道办事处", "嘉定工业区、菊园新区管委会"]


def test_a_title_field_holding_the_transmittal_wrapper_gives_the_plans_own_title():
    # 银川市生态建设示范引领三年行动方案：名称栏写的是“关于印发《…》的通知”
    m = meta("索 引 号:11640100MB1727463F/2023-00213 效力状态:有效\n"
             "发布机构:银川市生态环境局 成文日期:2023-09-12\n"
             "名 称:银川市生态环境保护领导小组办公室关于印发《银川市生态建设示范引领三年行动方案》的通知\n"
             "银川市生态环境保护领导小组成员单位:\n现将《银川市生态建设示范引领三年行动方案》印发给你们,请认真抓好贯彻落实。\n"
             "银川市生态建设示范引领三年行动方案\n一、总体要求")
    assert m.title == "银川市生态建设示范引领三年行动方案"


def test_recipients_keep_brackets_and_lone_heads_with_the_name_before():
    # 芜湖市教育局2024年工作要点；泰州市健康泰州实施方案
    m = meta("各县市区教育局(社会事业局、教育文体局),各直属学校(含民办)、高校附校,机关各科室,二级机构:\n"
             "现将《芜湖市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n一、加强党的领导")
    assert m.recipients == ["各县市区教育局(社会事业局、教育文体局)", "各直属学校(含民办)、高校附校", "机关各科室", "二级机构"]
    m = meta("各市(区)人民政府,泰州医药高新区管委会,市各委、办、局,市各直属单位:\n"
             "现将《落实健康中国行动推进健康泰州建设实施方案》印发给你们,请认真贯彻执行。\n一、总体要求")
    assert m.recipients == ["各市(区)人民政府", "泰州医药高新区管委会", "市各委、办、局", "市各直属单位"]


def test_page_chrome_around_the_title_is_not_part_of_it():
    # a law site's search box above the heading (莆田 养老服务业 实施意见)
    m = meta("精确检索\n开始检索\n\n莆田市人民政府关于加快发展养老服务业的实施意见\n\n"
             "莆田市人民政府关于加快发展养老服务业的实施意见\n莆政综〔2014〕76号\n\n"
             "各县(区)人民政府(管委会),市直各单位:\n\n为贯彻落实有关精神,提出如下实施意见。\n\n一、主要目标")
    assert m.title == "莆田市人民政府关于加快发展养老服务业的实施意见"
    # a site column tag in front of the heading (【工作安排】) and a document site's VIP badge
    m = meta("【工作安排】宿州市交通运输局2022年重点工作计划\n2022年交通运输主要发展目标是:完成投资60亿元。\n(一)强化交通基础设施建设。")
    assert m.title == "宿州市交通运输局2022年重点工作计划" and m.plan_year == 2022
    assert meta("VIP 2024年某县关于推动卫生事业高质量发展的意见\n2024-09-04 | 阅读:1263\n一、总体要求").title == \
        "2024年某县关于推动卫生事业高质量发展的意见"
    assert meta("镇目标工作计划.docxVIP\n\n  • 举报\n\n一、经济发展目标").title == "镇目标工作计划"


def test_a_work_plan_called_gongzuo_mouhua_and_a_breadcrumb_whose_last_crumb_is_the_title():
    m = meta("XX水利局2021年工作总结及2022年工作谋划\n2021年,在区委、区政府的坚强领导下,全区水利系统扎实工作。\n一、2021年工作开展情况")
    assert (m.title, m.plan_year) == ("XX水利局2021年工作总结及2022年工作谋划", 2021)
    m = meta("首页 > 每日更新 > 生态环境局2024年工作总结及2025年工作计划 >\n\n生态环境局2024年工作总结及2025年工作计划\n\n"
             "2024年以来,区生态环境分局认真贯彻落实。\n\n一、全区环境质量状况")
    assert m.title == "生态环境局2024年工作总结及2025年工作计划"


def test_a_title_run_on_into_the_text_and_a_document_sites_file_name():
    # a page saved as one line: the title, then the first sentence (广东 某市教育局 2022年工作总结)
    m = meta("市教育局2022年工作总结和2023年工作计划2022年,我局认真贯彻落实全国和省、市教育大会精神,全力推进教育高质量发展。"
             "一、2022年工作总结(一)党的建设全面加强。")
    assert (m.title, m.plan_year) == ("市教育局2022年工作总结和2023年工作计划", 2022)
    m = meta("您好,欢迎访问三七文档\n应急管理局2023年工作总结和2024年工作计划供借鉴2023年,市应急局坚持以习近平新时代中国特色社会主义思想为指导。"
             "一、2023年工作总结(一)全力防范安全生产风险。")
    assert (m.title, m.plan_year) == ("应急管理局2023年工作总结和2024年工作计划", 2023)
    # a document site's header names the file (嘉兴 民营经济 实施方案)
    m = meta("《嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案.docx》由会员分享,可在线阅读,更多相关《嘉兴市贯彻落实"
             "《浙江省促进民营经济高质量发展若干措施》实施方案.docx(6页珍藏版)》请在人人文库网上搜索。\n"
             "1、嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的意见。")
    assert m.title == "嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案"
    # an outline's 一是… and …… lines are not part of the title after it; 汇报 is a report
    m = meta("目录/提纲:……\n一、聚焦现代农业,展现稳产保供新作为\n一是稳豆任务全面落实\n二、聚焦黑土保护\n四是二轮延包试点工作稳步推进\n……\n"
             "**县2023年农业农村工作开展情况汇报\n年初以来,在县委、县政府的正确领导下,县农业农村部门立足县情。\n"
             "一、聚焦现代农业,展现稳产保供新作为\n二、聚焦黑土保护\n三、聚焦生态宜居")
    assert (m.title, m.plan_year) == ("**县2023年农业农村工作开展情况汇报", 2023)


def test_a_draft_marker_line_under_the_title_is_not_part_of_it():
    # 天津市城镇老旧小区更新改造工作方案 / (征求意见稿): unlike (2016版), the draft marker is not the title's
    m = meta("城市更新重大进展!天津市城镇老旧小区更新改造征求意见稿发布\n天津市城镇老旧小区更新改造工作方案\n(征求意见稿)\n"
             "一、总体要求\n1. 坚持以人为本,把握改造重点。")
    assert m.title == "天津市城镇老旧小区更新改造工作方案"


def test_a_title_after_a_document_sites_page_chunk_number():
    # the page chunk 1、 of a document site, its header line missing (XX县 一老一小 健康关爱工程实施方案)
    m = meta("1、XX县一老一小健康关爱工程实施方案“一老一小”健康关爱工程已纳入XX县2023年度民生实事项目,为把好事办好、实事办实,"
             "特制定本实施方案。一、项目内容为“一老一小”提供相关健康服务。" + "加大对普惠性托育机构的扶持力度。" * 20 + "二、进度安排")
    assert m.title == "XX县一老一小健康关爱工程实施方案"
    m = meta("1、\n某县教育局2024年工作要点\n为做好2024年工作,制定本要点。\n一、总体要求\n二、主要任务")
    assert (m.title, m.plan_year) == ("某县教育局2024年工作要点", 2024)
    assert meta("1、加强领导\n2、完善机制").title is None


def test_plan_year_of_a_page_without_its_title_from_its_opening_sentence():
    # 市生态环境局 2023年工作总结, stored without its title
    m = meta("2023年,市生态环境局坚持以XX思想为指导,深入学习贯彻习近平生态文明思想。\n一、环境质量持续改善\n全市PM2.5浓度下降。")
    assert (m.title, m.plan_year) == (None, 2023)
    # a title without a year or an annual kind leaves it to the opening (pingshan 大气污染…攻坚方案)
    m = meta("大气污染综合治理强化攻坚方案\n\n2020年是全面建成小康社会和“十三五”规划收官之年,为全力做好2020年"
             "大气污染防治工作,制定本工作方案。\n\n一、总体要求")
    assert (m.title, m.plan_year) == ("大气污染综合治理强化攻坚方案", 2020)
    # a multi-year title still decides: such a plan is for no one year
    m = meta("健康抚顺行动实施方案(2020-2030年)\n2020年,健康促进政策体系基本建立。\n一、总体要求")
    assert m.plan_year is None
    assert meta("2021年以来,完成重点区域森林建设6.64万亩。").plan_year is None


def test_a_document_sharing_sites_upload_date_is_not_the_documents_date():
    # gongwen.com.cn: 市教育局2022年工作要点 / VIP专免 / 2024-06-03 (the upload) / … / 侵权投诉
    m = meta("市教育局2022年工作要点\nVIP专免\n2024-06-03\n999+\n29.51KB\n24 页\n海报\n侵权投诉\n市教育局 2022 年工作要点\n"
             "2022 年是全面实施“十四五”规划的关键之年。\n一、要求")
    assert (m.title, m.date, m.plan_year) == ("市教育局2022年工作要点", None, 2022)
    # 全州健康扶贫实施方案: 上传人:… 文档编号:… 上传时间:2023-07-09
    m = meta("全州健康扶贫实施方案\n\n上传人:b****7 文档编号:16008618 上传时间:2023-07-09 格式:DOCX 页数:10 大小:22.87KB\n"
             "全州健康扶贫实施方案\n一、总体要求")
    assert m.date is None
    # 写写帮文库: 时间:2019-05-14 10:45:55下载本文作者:会员上传 over a 2009 notice; its signature still counts
    m = meta("湖南省人民政府办公厅文件\n\n时间:2019-05-14 10:45:55下载本文作者:会员上传\n湘政办发〔2009〕24号\n"
             "一、充分认识做好高校毕业生就业工作的重要性\n湖南省人民政府办公厅\n2009年4月3日")
    assert m.date == "2009-04-03"
    # a government page's publication time still counts
    assert meta("市民政局2022年工作要点\n发布时间:2022-07-14 11:14 来源: 市民政局\n一、要求").date == "2022-07-14"


def test_the_signature_under_the_notice_wins_over_a_metadata_table_date():
    # 丽水 河长制: the table's 成文日期 copies the publication date; the 落款 is the signing date
    m = meta("索引号 113325000026455663/2017-12226 文号 丽政办发〔2017〕 120号\n组配分类 市政府文件 发布机构 丽水市人民政府办公室\n"
             "成文日期 2017-12-19 公开方式 主动公开\n关于印发丽水市全面深化河长制工作方案(2017-2020)的通知\n"
             "发布时间:2017-12-19 00:00 浏览次数: 信息来源: 市府办\n各县(市、区)人民政府,市政府直属各单位:\n"
             "《丽水市全面深化河长制工作方案(2017-2020)》已经市政府同意,现印发给你们,请认真组织实施。\n"
             "丽水市人民政府办公室\n2017年12月15日\n一、总体要求")
    assert m.date == "2017-12-15"
    # 银川 生态建设: 成文日期:2023-09-12 (= 发布日期) over a 落款 of 2023年3月28日
    m = meta("发布机构:银川市生态环境局 成文日期:2023-09-12\n责任部门:银川市生态环境局 发布日期:2023-09-12\n"
             "银川市生态环境保护领导小组办公室\n2023年3月28日\n一、总体要求")
    assert m.date == "2023-03-28"
    # without a 落款 the 成文日期 still wins over the publication date
    m = meta("成文日期: 2023-03-01 发布日期: 2023-03-05\n2023年政府工作报告重点工作责任分解\n一、总体要求")
    assert m.date == "2023-03-01"


def test_a_sharing_sites_additions_to_the_title_are_not_the_title():
    # piece counts and 范文 (镇目标工作计划(2篇).docxVIP; taowenge: …工作总结暨工作计划范文.docx)
    m = meta("镇目标工作计划(2篇).docxVIP\n\n  • 约6.22千字\n镇目标工作计划(2篇)\n镇目标工作计划(一)\n"
             "为了推动我镇经济社会持续健康发展,特制定本目标工作计划。\n一、经济发展目标与计划")
    assert m.title == "镇目标工作计划"
    m = meta("《卫生健康局关于2022年工作总结暨工作计划范文.docx》由会员分享,可在线阅读,更多相关《卫生健康局关于2022年工作总结暨"
             "工作计划范文.docx(6页珍藏版)》请在taowenge.com淘文阁网上搜索。\n1、文本为Word版本 一、工作情况")
    assert (m.title, m.plan_year) == ("卫生健康局关于2022年工作总结暨工作计划", 2022)
    # the site's editor names the piece (v12 林业局; t16 九九公文网, whose piece title is printed twice)
    m = meta("本站小编为你精心准备了林业局2020年工作计划参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。\n"
             "按照县委、县政府经济工作会精神,结合林业工作实际,现将2020年工作目标任务呈报如下:\n"
             "一、确保2020年森林覆盖率不低于68.15%。")
    assert (m.title, m.plan_year) == ("林业局2020年工作计划", 2020)
    m = meta("在日常工作中,定期检查和更新工作计划是非常重要的,九九公文网小编今天就为您带来了政府2024年工作计划2024年工作计划8篇,"
             "相信一定会对你有所帮助。\n政府2024年工作计划2024年工作计划篇1\n一、工作思路")
    assert (m.title, m.plan_year) == ("政府2024年工作计划", 2024)
    # an issuer line run together with its title line: one copy of the issuer
    m = meta("开封市卫生健康委员会开封市卫生健康委员会2019年工作总结\n2019年,在市委、市政府的坚强领导下。\n一、主要工作")
    assert (m.title, m.plan_year) == ("开封市卫生健康委员会2019年工作总结", 2019)
    assert meta("规范文书管理办法\n一、总则").title == "规范文书管理办法"


def test_a_sharing_sites_category_line_and_copy_button_are_not_the_title():
    # 百家文档 (realdocs6 m904): the site's category path above the document's own heading
    m = meta("文库 实用文档 报告/总结\n\n市交通运输局2023年上半年工作总结 和下半年工作安排\n\n"
             "工作总结 DOCX   12页   下载0   2023-09-03   浏览108   收藏0   点赞0   评分-   免费文档\n"
             "现将上半年工作总结如下\n一、上半年工作情况")
    assert (m.title, m.plan_year) == ("市交通运输局2023年上半年工作总结和下半年工作安排", 2023)
    # 大文阁 (realdocs6 m905): the page's "正文复制" button line right above the title
    m = meta("正文复制\n县农业农村局2025年工作总结及2026年工作计划\n同志们:\n时光荏苒,岁序更新。\n"
             "一、凝心聚力,攻坚克难,2025年农业农村工作迈上新台阶")
    assert (m.title, m.plan_year) == ("县农业农村局2025年工作总结及2026年工作计划", 2025)


def test_a_model_essay_sites_editor_line_naming_the_piece():
    # i乐德范文网 (realdocs6 m906): "以下是…为大家整理的关于<title>的文章3篇"
    m = meta("更新时间:2023-07-01 17:36:29 发布时间:32天前 作者:文/会员上传 下载docx\n"
             "工作计划是指在提前一定时间安排和计划工作时,在工作中制定工作计划。 以下是i乐德范文网为大家整理的关于"
             "市场监管所2023工作总结的文章3篇 ,欢迎品鉴!\n一、工作开展情况\n(一)强化组织领导,落实主体责任")
    assert (m.title, m.plan_year) == ("市场监管所2023工作总结", 2023)


def test_a_doc_number_glued_to_the_notice_title_or_after_a_label_without_colon():
    # 凌海市政府网 (realdocs6 m903): the headline line prints the 文号 right against the notice title
    m = meta("政府文件\n凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知\n"
             "时间:2020-09-29 来源: 作者:\n\n凌海市推进县域义务教育优质均衡发展督导评估规划实施细则\n\n一、指导思想")
    assert m.doc_number == "凌政办发[2020]35号"
    assert meta("按照闽发改农业〔2020〕736号文件要求\n一、目标").doc_number is None
    # 食品伙伴网 法规 (realdocs6 m902): "发布文号 X" and the transmittal title followed by its 文号 in brackets
    m = meta("安徽省安全生产委员会关于印发《安徽省安全生产委员会2024年工作要点》的通知 (皖安〔2024〕1号)\n"
             "发布单位\n安徽省安全生产委员会\n发布文号 皖安〔2024〕1号\n发布日期 2024-01-31 生效日期 2024-01-31\n"
             "各市人民政府,省安委会各成员单位:\n\n安徽省安全生产委员会\n\n2024年1月30日\n\n"
             "安徽省安全生产委员会2024年工作要点\n\n省安委会2024年的主要任务是:深入贯彻落实。\n\n一、强化安全生产责任落实")
    assert (m.title, m.doc_number, m.issuer, m.date) == (
        "安徽省安全生产委员会2024年工作要点", "皖安〔2024〕1号", "安徽省安全生产委员会", "2024-01-30")


def test_issuer_named_in_the_title_before_guanyu():
    # 襄城区 (realdocs6 m908): a report whose title names its two issuers and no field or wrapper does
    m = meta("中共襄阳市襄城区委  襄阳市襄城区人民政府关于2023年襄城区生态环境保护工作的报告\n"
             "栏目:襄阳襄 城 区-政策法规 发布时间:2024-02-28\n中共襄阳市委:\n一、环境质量目标完成情况")
    assert m.issuer == "中共襄阳市襄城区委  襄阳市襄城区人民政府"
    m = meta("莆田市人民政府关于加快发展养老服务业的实施意见\n各县(区)人民政府(管委会),市直各单位:\n\n一、主要目标")
    assert m.issuer == "莆田市人民政府"
    # a title that opens with a year and a place, not an organization, names no issuer
    assert meta("2024年某县关于推动卫生事业高质量发展的意见\n一、总体要求").issuer is None


def test_issuer_from_the_signature_line_above_the_signing_date():
    # 温州市洞头区 (realdocs6 t902): no field, no wrapper issuer: the 落款 names the issuer
    m = meta("信息公开 | 政策文件 | 区政府文件 |\n各街道办事处、乡镇人民政府,区政府直属各单位:\n"
             "《洞头区大力提升科技创新能力 全面落实融入省“315”科技创新体系建设工程实施方案(2023-2027年)》已经区政府第23次常务会议"
             "审议通过,现印发给你们,请结合实际认真贯彻落实。\n温州市洞头区人民政府\n2023年8月30日\n洞头区大力提升科技创新能力\n"
             "一、总体要求")
    assert (m.issuer, m.date) == ("温州市洞头区人民政府", "2023-08-30")
    # 新乡 (realdocs 05): the wrapper names no issuer (关于印发…), the 落款 does
    m = meta("关于印发新乡市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n各县(市)、区人民政府,市人民政府各部门:\n"
             "《新乡市公共卫生体系建设三年行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
             "新乡市人民政府办公室\n2023年12月25日\n新乡市公共卫生体系建设三年行动计划(2023—2025年)\n一、总体要求")
    assert m.issuer == "新乡市人民政府办公室"
    # a joint signature (two signers on two lines) is not read as one signer
    m = meta("各市人民政府:\n现将方案印发给你们。\n生态环境部 发展改革委\n上海市人民政府 江苏省人民政府\n2020年10月30日\n一、目标")
    assert m.issuer is None


def test_a_long_site_column_tag_before_the_title():
    # 滁州市政府网 (realdocs6 u902): 【市政府重点工作及责任分解】 is the site's column, not the title
    m = meta("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n\n    发布时间:2020-02-03 17:29\n"
             "各县、市、区人民政府,市政府各部门,各直属机构:\n一、确保完成全年主要预期目标")
    assert m.title == "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"


def test_title_running_into_the_first_heading_or_the_body_of_a_flattened_page():
    # realdocs7 m1003: one line, the title then a space then 一、
    m = meta("2024 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)“一案三制”建设。 1、完善应急预案体系。"
             " (1)预案编制情况。结合本单位部门职能分工,制定了《镇应急管理工作预案》,编制修订各类应急预案 10 余件。")
    assert (m.title, m.plan_year) == ("2024 年镇应急管理工作中期评估报告", 2024)
    # realdocs6 t903: a PDF page marker, a title without a year, then 今年以来
    m = meta("第1页共8页区水利局工作总结报告今年以来,在区委、区政府的正确领导和市水务局的业务指导下,针对今年重点工程数量多,"
             "任务重的特点,我局积极安排部署。现总结汇报如下:一、2023年工作完成情况(一)重点工程进展情况")
    assert m.title == "区水利局工作总结报告"
    # devgold m2103 (wnwk PDF text): page number 1 glued before the title, the body opens with 今年是
    m = meta("12023年街道2023年工作规划今年是中国共产党成立101周年,是实施“十四五〞规划的开局之年,也是科教创新区建设的关键之年。"
             "(一)坚持以党建为统领,为基层建设聚力增效2一是聚焦村“两委〞换届,深化分析研判,高质量完成换届选举。")
    assert (m.title, m.plan_year) == ("2023年街道2023年工作规划", 2023)
    # devgold u2101: a title without a year, the body opens with a masked year 202X年是
    m = meta("区实施乡村振兴战略推进城乡融合发展行动计划202X年是“十四五”的开局之年,也是全面推进乡村振兴、加快农业农村现代化的关键五年。"
             "一、加强党对“三农”工作的全面领导(一)强化组织领导。")
    assert m.title == "区实施乡村振兴战略推进城乡融合发展行动计划"


def test_index_table_without_colons_label_lines_are_not_the_title():
    # m1104 (仙居县民政局, zjxj.gov.cn): "组配分类 计划总结" ends like a title; 发布机构 has no colon
    m = meta("索 引 号 113310247405400961/2024-104569 公开方式 主动公开\n"
             "成文日期 2024-01-11 发布机构 县民政局\n组配分类 计划总结\n\n"
             "县民政局2023年重点工作总结及2024年工作思路\n\n发布日期: 2024-01-11 访问次数:\n\n"
             "2023年以来,民政局在各级民政部门指导下,坚持“以人为本、为民解困、为民服务”的宗旨。\n\n"
             "一、今年重点工作总结\n")
    assert m.title == "县民政局2023年重点工作总结及2024年工作思路"
    assert m.plan_year == 2023 and m.issuer == "县民政局" and m.date == "2024-01-11"


def test_an_empty_source_label_does_not_take_the_next_label_as_issuer():
    # u1003 (合水县农业农村局): "来源: 发布时间:2025-03-03"
    m = meta("合水县2025年优势特色产业发展实施方案\n\n来源: 发布时间:2025-03-03 浏览次数: 【字体:\n\n一、奶羊产业")
    assert m.issuer is None and m.date == "2025-03-03"


def test_flattened_title_before_a_spaced_year_and_a_task_division_title():
    # t1002: a page saved as one line, digits set off by spaces ("2024 年,")
    m = meta("县体育发展中心 2024 年工作总结和 2025 年工作思路2024 年,县体育部门紧紧围绕县委、县政府中心工作"
             "和上级体育工作部署,依法履行体育监督职责。一、2024 年工作总结(一)多层推进群众体育工作。")
    assert m.title == "县体育发展中心 2024 年工作总结和 2025 年工作思路" and m.plan_year == 2024
    # m1102 (宣城市生态环境局): the kind is 任务分工
    assert meta("2024年全市生态环境工作要点及任务分工\n2024年是全面落实全国及省市生态环境保护大会精神的重要一年。\n"
                "一、总体目标").title == "2024年全市生态环境工作要点及任务分工"


def test_plan_year_from_the_first_heading_when_nothing_else_gives_one():
    # t1005 (区城管局, flattened PDF): the title has no year, the first heading does
    assert meta("第1页共5页市区城管局年度工作总结报告一、2023年各项工作完成情况(一)明确责任,突出重点,"
                "全面推进拆违工作力度截至12月2日,我区累计撤除违法建筑面积65.58万平方米。").plan_year == 2023
    # t1001 (东阳 财政决算): a page saved from its first heading on
    assert meta("一、2023年财政收支决算情况\n(一)一般公共预算收支决算情况\n"
                "2023年财政总收入146.43亿元,完成调整后预算的98.9%,比上年增长6.7%。").plan_year == 2023
    # not a year the heading only starts from or aims at
    assert meta("一、2021年以来工作开展情况\n全面推进。").plan_year is None
    assert meta("关于推进健康县城建设的实施方案\n一、2025年发展目标\n全面推进。").plan_year is None


def test_a_title_field_framed_by_bars_in_an_index_table_row():
    m = meta("| 索引号:000014349/2025-20186 | |\n| 发文字号: | 发文时间:2025-08-05 |\n"
             "| 发文机关:民政局 | 主题词:上半年工作总结和下半年工作计划 |\n"
             "| 标题:民政局2025年上半年工作总结和下半年工作计划 | |\n| 主题分类:其它 | 发布日期:2025-08-05 |\n"
             "2025年上半年,县民政局深入贯彻落实县委、县政府各项决策部署。\n一、主要工作情况")
    assert m.title == "民政局2025年上半年工作总结和下半年工作计划" and m.plan_year == 2025


def test_a_home_link_line_above_the_title_is_not_part_of_it():
    m = meta("返回首页\n\n国务院关于落实《政府工作报告》重点工作部门分工的意见\n\n中国政府网\n\n"
             "国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2020〕6号\n"
             "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n一、重点工作")
    assert m.title == "国务院关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_doc_number_in_brackets_after_the_title_and_a_site_name_after_a_dash():
    m = meta("2021年县政府重点工作任务(华政发〔2021〕2号)\n来源:华容县政府   2021-03-23 10:56\n一、任务")
    assert m.doc_number == "华政发〔2021〕2号"
    m = meta("云岩区健康云岩行动实施方案(云府办发〔2021〕6号)\n一、总则")
    assert m.title == "云岩区健康云岩行动实施方案" and m.doc_number == "云府办发〔2021〕6号"
    m = meta("【落实情况】市林业局2021年《政府工作报告》主要任务第一季度落实情况-4188云顶集团\n"
             "发布时间:2021-04-20 16:49信息来源:市林业局文字大小:[ ]\n一、情况")
    assert m.title == "市林业局2021年《政府工作报告》主要任务第一季度落实情况" and m.plan_year == 2021
    # a sentence citing another document's number is not the page's own
    assert meta("根据《国务院关于印发打赢蓝天保卫战三年行动计划的通知》(国发〔2018〕22号)\n一、目标").doc_number is None


def test_without_a_title_line_zhiding_le_x_xian_yinfa_names_the_plan():
    m = meta("局机关各科室、局属各单位:\n为认真贯彻落实有关要求,省市场监管局组织制定了《2021年政务公开工作主要任务分解表》,"
             "现印发给你们,并就有关要求通知如下:\n一、各单位要认真对照工作任务")
    assert m.title == "2021年政务公开工作主要任务分解表" and m.plan_year == 2021
    m = meta("各科室,各站所,各村: 经研究,制定《山福镇突发公共事件总体应急预案(修订)》,现印发给你们,请根据本预案的要求制定"
             "切实可行的专项应急预案。 温州市鹿城区山福镇人民政府 2020年10月22日")
    assert m.title == "山福镇突发公共事件总体应急预案(修订)"


def test_recipients_with_the_text_run_on_after_the_colon():
    # 46, u20, w10, t806, m1101: the 主送机关 and the first sentence on one line
    m = meta("各功能区管委会,各乡镇(街道)人民政府(办事处),县政府直属各单位: 《永嘉县应急管理“十四五”规划》已经县政府同意,"
             "现印发给你们,请认真贯彻执行。\n一、发展基础")
    assert m.recipients == ["各功能区管委会", "各乡镇(街道)人民政府(办事处)", "县政府直属各单位"]
    m = meta("各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力,经研究,制定《山福镇突发公共事件总体应急预案(修订)》,"
             "现印发给你们。 1.总则 1.1目的依据 提高政府保障公共安全和处置突发公共事件的能力。 1.2现状特点 山福镇地处鹿城西北部。")
    assert m.recipients == ["各科室", "各站所", "各村"]
    # a body line opening with 各…: inside the sections is not the header
    assert meta("某县2023年工作要点\n一、要求\n各单位要做到:认真落实。").recipients == []


def test_site_chrome_lines_above_the_wrapper_and_a_book_title_inside_the_plan_name():
    # m1202 长清 (2021): the accessibility links and the column name were joined into the title
    m = meta("无障碍阅读 关怀版 返回首页\n政府信息公开\n"
             "济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n"
             "济长政办字〔2021〕3号\n一、高度重视,提高站位。")
    assert m.title == "《政府工作报告》重点工作任务分工" and m.issuer == "济南市长清区人民政府办公室"
    # m1203 江西 应急 (traditional mirror): 政府文件 is the site's column, not part of the issuer
    m = meta("政府文件\n江西省应急管理厅关于印发(fā)江西省2023年应急管理工作要点的通知\n发布时间:2023-02-28\n"
             "江西省2023年应急管理工作要点\n一、坚持全面从严治党")
    assert m.issuer == "江西省应急管理厅" and m.title == "江西省2023年应急管理工作要点"
    # m1105 武汉 (mirror with pinyin glosses): normalize removes the gloss after 印发, the wrapper is read
    m = meta("武政办〔2023〕1号武汉市人民政府办公厅关于印发(fā)2023年市〈政府工作报告〉目标任务责任分解方案的通知\n一、高度重视")
    assert m.title == "2023年市〈政府工作报告〉目标任务责任分解方案" and m.issuer == "武汉市人民政府办公厅"


def test_a_field_label_alone_on_its_line_reads_the_value_on_the_next_line():
    # m1201 镇巴 (2024): the index table prints each label and its value on two lines
    m = meta("镇巴县人民政府工作规则\n  • 来源:\n\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n"
             "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n第一章总则\n一、根据宪法,制定本规则。")
    assert m.date == "2024-04-06" and m.issuer is None
    # t1105 开化 (2023): 来源: above its value
    m = meta("开化县2023年度重点工作清单\n时间:2023-12-22 17:46\n来源:\n开化县\n浏览次数:\n"
             "序号 | 工作事项 |\n1 | 启动新安综合体建设。 |")
    assert m.issuer == "开化县"


def test_a_complete_wrapper_line_and_a_date_without_its_characters_do_not_join_a_title():
    # m1205 牟定 (2017): the signing date lost 年月日 ("{ 2017 6 23") and was glued in front of the plan's heading
    m = meta("牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n各乡镇人民政府,县级有关部门:\n"
             "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们。\n牟定县人民政府办公室\n"
             "{ 2017 6 23\n牟定县突发环境事件应急预案(试行)\n1 总则\n1.1 编制目的")
    assert m.title == "牟定县突发环境事件应急预案(试行)" and m.plan_year is None
    # u1101 平顶山 (2018): the wrapper line ends at 的通知; the table's heading below is not its continuation
    m = meta("平顶山市河长制办公室\n关于印发《平顶山市全面推行河长制主要任务 分解方案》的通知\n"
             "平顶山市全面推行河长制主要任务分解表\n序号 类别 主要任务")
    assert m.title == "平顶山市全面推行河长制主要任务分解表"


def test_a_source_in_mid_line_glued_to_the_next_label_is_the_issuer_when_nothing_better():
    # realdocs8 u1102 淮南 林业局 落实情况 2021; realdocs2 u03 芜湖 教育局 工作要点 2024
    m = meta("市林业局2021年《政府工作报告》主要任务第一季度落实情况\n发布时间:2021-04-20 16:49信息来源:市林业局文字大小:[ ]\n"
             "序号 | 主要任务 | 牵头单位 |\n99 | 加大沿淮湿地保护力度。 | 市林业局 |")
    assert m.issuer == "市林业局"
    m = meta("关于印发《芜湖市教育局2024年工作要点》的通知\n发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:倪雪梅 字体:【\n"
             "各县市区教育局:\n现将《芜湖市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。")
    assert m.issuer == "芜湖市教育局"
    # the 落款 wins over the site's column (realdocs10 m1303 寿县: 信息来源 寿县人民政府, signed by its 督查室)
    m = meta("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n发布时间:2022-08-23 14:52信息来源:寿县人民政府文字大小:[ ]\n"
             "各乡镇人民政府:\n根据县政府工作安排,县政府督查室对落实情况进行了专项督查。\n寿县人民政府督查室\n2022年8月19日")
    assert m.issuer == "寿县人民政府督查室"
    # a site word is not an issuer
    assert meta("某县2024年工作要点\n更新时间:2025-02 来源:网友投稿\n一、加强领导").issuer is None


def test_a_consultation_notice_gives_the_name_of_the_draft_it_consults_on():
    # 普陀区 (realdocs11 m1404), 奉化 (realdocs9 u1202), 海盐 (realdocs2 u19): 关于(公开)征求《X》(意见)的通知、
    # 关于《X》征求公众意见的公告 wrap the draft's name as 关于印发《X》的通知 does
    m = meta("关于《关于深入打好污染防治攻坚战 迈向建设美丽普陀新征程的实施意见(征求意见稿)》征求公众意见的公告\n\n"
             "2023年04月27日 来源: 上海普陀\n\n为深入贯彻…,现向社会公众公开征求意见。\n\n1、来信反馈。通信地址:…")
    assert m.title == "关于深入打好污染防治攻坚战迈向建设美丽普陀新征程的实施意见(征求意见稿)"
    m = meta("关于征求《市属国有企业整合重组及管理体制改革实施方案(征求意见稿)》意见的通知\n各有关部门、市属国有企业:\n"
             "现请各单位提出修改意见,并于2015年7月31日(星期五)前反馈至市国资局办公室。\n奉化市国有资产管理局\n2015年7月24日")
    assert m.title == "市属国有企业整合重组及管理体制改革实施方案(征求意见稿)" and m.date == "2015-07-24"
    m = meta("关于公开征求《海盐县关于推进养老服务高质量发展的工作方案(征求意见稿)》的通知\n\n"
             "  • 发布时间: 2022-04-18 09: 47\n  • 信息来源: 县民政局\n\n现面向社会公众征求意见。")
    assert m.title == "海盐县关于推进养老服务高质量发展的工作方案(征求意见稿)"
    # a notice that only calls a meeting to consult is not a wrapper of the draft
    assert meta("关于召开征求意见会的通知\n各单位:\n定于3月5日召开。").title == "关于召开征求意见会的通知"


def test_an_addressee_list_ending_in_a_bracketed_unit():
    # 四川 流通体系 实施方案 2022; 嵊州 生态文明 推进方案 2023 (the text runs on after the colon); 苏州 教育 2023
    m = meta("关于印发《四川省“十四五”现代流通体系建设实施方案》的通知\n各市(州)人民政府、省级有关部门(单位):\n"
             "现将方案印发给你们。\n一、总体要求")
    assert m.recipients == ["各市(州)人民政府", "省级有关部门(单位)"]
    m = meta("2023年嵊州市国家生态文明建设示范区创建工作推进方案\n"
             "各乡镇(街道)、部门(单位): 为贯彻落实市委市政府“全力创建国家生态文明建设示范区”的决策部署,现将方案印发给你们。\n一、目标")
    assert m.recipients == ["各乡镇(街道)、部门(单位)"]
    m = meta("2023年全市教育工作要点\n各县级市(区)教育局(教体文旅委),机关各处室,各直属学校(单位):\n现将要点印发给你们。\n一、目标")
    assert m.recipients == ["各县级市(区)教育局(教体文旅委)", "机关各处室", "各直属学校(单位)"]


def test_a_title_glued_to_the_body_printed_twice_before_a_speech_or_as_a_report_about_x():
    # 某市 交通运输工作会 报告 2023; 某区 促进消费 意见; XX县 老旧小区改造 汇报 2022 (pages saved as one line)
    m = meta("在2023年全市交通运输工作会上的报告在2023年全市交通运输工作会上的报告同志们:这次会议的主要任务是:"
             "以习近平新时代中国特色社会主义思想为指导,总结2022年全市交通运输工作,安排2023年工作任务。")
    assert (m.title, m.plan_year) == ("在2023年全市交通运输工作会上的报告", 2023)
    m = meta("区利用消费热点促进居民消费意见针对一季度我区商贸流通业出现销售水平整体下滑,销售形势较为严峻,"
             "社会零售额增长幅度减缓的情况。特制定本实施意见。一、加强领导,统筹安排")
    assert m.title == "区利用消费热点促进居民消费意见"
    m = meta("关于XX县老旧小区改造工作进展情况的汇报老旧小区改造是构建高品质生活的时代选择,是加快城市更新的必要步骤。")
    assert m.title == "关于XX县老旧小区改造工作进展情况的汇报"
    assert meta("关于做好安全生产工作的通知要求各地加强值守,落实责任。").title is None


def test_a_title_line_saved_as_a_table_cell_and_a_date_labelled_fabu():
    # 厦门 公共文化 通知 2016 (a page saved with table cells: the headline ends in " |", the date is 【发布:…】);
    # 嵊州 生态文明 2023: a transmittal ending in cell bars is still the wrapper around the plan's name
    m = meta("国家示范区创建 | 当前位置:首页 > 公共文化 > 国家示范区创建 |\n"
             "厦门市关于推进各区加快落实构建现代公共文化服务体系实施方案的通知 |\n"
             "【发布:2016-03-18】 【作者:海沧区文化馆】 【点击数:】 【字体:大 中 小】 |\n"
             "各区人民政府: 3月10日,国副市长在我办《关于各区加快构建现代公共文化服务体系实施方案的呈报件》上做出批示。")
    assert (m.title, m.date) == ("厦门市关于推进各区加快落实构建现代公共文化服务体系实施方案的通知", "2016-03-18")
    m = meta("市委市政府美丽嵊州建设领导小组办公室关于印发2023年嵊州市国家生态文明建设示范区创建工作推进方案的通知 | ||||||\n"
             "各乡镇(街道)、部门(单位): 现将方案印发给你们。\n一、目标")
    assert (m.title, m.issuer) == ("2023年嵊州市国家生态文明建设示范区创建工作推进方案", "市委市政府美丽嵊州建设领导小组办公室")


def test_a_website_or_a_readers_post_named_as_source_is_no_issuer():
    # 乡镇2022年一季度总结 (范文站 "来源:网友投稿"); 广东 妇女发展规划 责任分解 2014 ("来源:本网"); 九江 简报 ("来源:年旅网")
    assert meta("乡镇2022年第一季度工作总结和第二季度工作计划\n更新时间:2022-10\n来源:网友投稿\n一、一季度工作总结").issuer is None
    assert meta("某某规划责任分解\n来源:本网 时间:2014-02-12\n一、目标").issuer is None
    assert meta("工作简报\n来源:年旅网\n一、工作").issuer is None
    assert meta("工作简报\n来源:二连浩特市政府办\n一、工作").issuer == "二连浩特市政府办"


def test_a_report_title_continued_on_a_line_opening_with_yu_or_ji():
    # 房县 计划执行情况报告 2024 (t1901); 科右中旗 计划执行情况 2023 (x05, the two lines a blank line apart)
    m = meta("关于2023年国民经济和社会发展计划执行情况\n与2024年国民经济和社会发展计划报告\n"
             "——2024年1月5日在房县第十九届人民代表大会第三次会议上\n房县发展和改革局 刘明德\n主任、副主任、各位代表:\n"
             "我受县政府委托,向大会报告2023年国民经济和社会发展计划执行情况。\n一、2023年国民经济和社会发展计划执行情况")
    assert m.title == "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告"
    m = meta("关于科右中旗 2022 年国民经济和社会发展计划执行情况\n\n及 2023 年国民经济和社会发展计划草案的报告\n\n"
             "——2023 年 1 月 1 日在科右中旗第十七届人民代表大会\n\n第二次会议上\n\n各位代表:\n一、2022年计划执行情况")
    assert m.title == "关于科右中旗 2022 年国民经济和社会发展计划执行情况及 2023 年国民经济和社会发展计划草案的报告"
    # a line opening with 和 that is a sentence is no part of the title
    assert meta("2023年工作总结\n和往年相比,今年工作有所进展。\n一、工作").title == "2023年工作总结"


def test_a_report_dated_by_the_meeting_it_was_delivered_at():
    # 房县 计划执行情况报告 (t1901), 东安县 (x04), 慈溪 审计整改报告 2018 (u1106: the date line opens the page)
    m = meta("关于2023年国民经济和社会发展计划执行情况\n——2024年1月5日在房县第十九届人民代表大会第三次会议上\n"
             "各位代表:\n一、执行情况")
    assert m.date == "2024-01-05"
    m = meta("2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n市审计局局长 俞金华\n主任、各位副主任、各位委员:\n"
             "我受市人民政府委托,向市人大常委会报告整改情况。\n一、审计整改工作总体推进情况")
    assert m.date == "2018-11-22"
    # the line cut before 会议上 (木洞镇 2024, 科右中旗 2023)
    assert meta("2024年政府工作报告\n——2024年1月23日在重庆市巴南区木洞镇第二十届\n人民代表大会第八次会议上\n"
                "各位代表:\n一、回顾").date == "2024-01-23"
    # a notice's signing date wins over the date of the report it hands on (木洞镇 2024: 2024-02-22)
    m = meta("重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知\n各村(居)民委员会:\n现印发给你们。\n"
             "重庆市巴南区木洞镇人民政府\n2024年2月22日\n2024年政府工作报告\n——2024年1月23日在重庆市巴南区木洞镇第二十届\n"
             "人民代表大会第八次会议上\n各位代表:\n一、回顾")
    assert m.date == "2024-02-22"
    # a past event told in the body is no date of the document
    assert meta("工作总结\n一、工作\n2023年5月10日在全县安全生产会议上作了表态发言。").date is None


def test_plan_year_of_a_page_without_any_header_from_the_year_its_limits_resolve_against():
    # d23-02 (市 清理规范评比达标表彰 实施方案, page 2): no title, 文号 or date; every stage carries 2007
    m = meta("四、清理工作的实施步骤与时间安排\n清理工作主要分为动员部署、自查自纠、上报审核和建章立制四个阶段进行。\n"
             "动员部署阶段(2007年3月中旬):召开市联席会议全体成员第一次会议,商定近期工作任务。\n"
             "自查自纠阶段(2007年3月下旬):各市(区)、市直各部门于2007年3月28日前填妥附件表格,报市联席会议办公室。")
    assert (m.title, m.plan_year) == (None, 2007)
    # d23-03 (成都 申报 notice, flattened): the year of every limit
    assert meta("申报流程 (一)申报单位申报。申报单位应于2024年7月30日(星期二)前将申报书报送至所在区(市)县"
                "工业和信息化主管部门。 (二)区(市)县审核。").plan_year == 2024
    # u2102 (闵行 task table): 开展2023年度… next to 完成2022年度…
    assert meta("| 1 | 完成2022年度乡村振兴示范村建设 | 区农业农村委 | 10月底 |\n"
                "| 2 | 开展2023年度乡村振兴示范村建设 | 区农业农村委 | 12月底 |").plan_year == 2023
    # d21-02 (专项治理 实施方案, page 6): the dated stages run from 2010 into 2011, no one year is the plan's
    assert meta("(三)重点检查阶段(2010年3月-2010年7月)。各地区各部门开展重点检查。\n"
                "(五)总结巩固阶段(2011年2月-2011年10月上旬)。于2011年10月10日前将总结报送。").plan_year is None
    # a page with a title decides by its title (潮州市打赢蓝天保卫战实施方案(2019-2020年): no one year)
    assert meta("潮州市打赢蓝天保卫战实施方案(2019-2020年)\n一、工作目标\n2019年9月底前,基本完成整治。").plan_year is None


def test_a_doc_number_under_the_portal_label_wenjian_bianhao():
    # devgold u2302 (长兴县 政府工作报告 责任分解): two fields on the line
    m = meta("索引号:  330522/2023-01775 发文时间:  2023-02-24\n公开方式:   主动公开 公开时限:   长期公开\n"
             "文件编号:  长政办发〔2023〕7号 发布机构:  长兴县政府办公室\n"
             "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n一、总体要求")
    assert m.doc_number == "长政办发〔2023〕7号"
    # realdocs3 w08 (宁波市江北区): label and number without a colon
    m = meta("索引号 2950798/2020-38134\n组配分类 区府办文件 发布机构 江北区政府办\n"
             "宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案(2020-2022年)》的通知\n"
             "文件有效性 有效\n文件编号 北区政办发〔2020〕11号\n文章正文\n一、总体要求")
    assert m.doc_number == "北区政办发〔2020〕11号"
    # an empty field is no number (49-huzhou 吴兴区民政局)
    assert meta("文件编号: 发布机构: 区民政局\n吴兴区民政局2023年工作总结\n一、主要工作").doc_number is None


def test_a_model_essay_sites_time_stamp_with_a_user_upload_note_is_not_the_date():
    # gwyoo.com (民政局重点工作计划, 福建 餐桌污染 实施方案): 时间:… then 导语:…一文来源于网友上传,不代表本站观点
    m = meta("民政局重点工作计划\n\n时间:2022-01-19 09:26:00\n\n"
             "导语:民政局重点工作计划一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\n\n"
             "民政局重点工作计划\n\n一、全市重点工作\n\n1、筹资400万元新建和改建4所标准化城乡社会福利服务中心。")
    assert m.title == "民政局重点工作计划"
    assert m.date is None and m.plan_year is None


def test_a_title_run_on_into_a_first_sentence_opening_with_wei():
    # 文档站 copy saved as one line (d2403): the title, then 为加快… without a break
    m = meta("市民休闲广场工程实施方案为加快城市基础设施建设,提高城市品味,根据县政府关于2021年实施34项民生工程的通知"
             "(政20214号)精神,按照建设方面的有关规定和要求,制定本实施办法。一、指导思想以邓小平理论为指导。")
    assert m.title == "市民休闲广场工程实施方案"
    assert meta("按照工作方案为加快推进各项工作,现通知如下。\n一、工作要求").title is None


def test_plan_year_of_a_titled_page_without_year_or_date_from_the_year_its_limits_resolve_against():
    # devgold d2502 (文档站 copy of 市卫片执法工作实施方案, one line): a title without a year, no 文号, no date;
    # the year of its dated reporting limits is the plan's
    m = meta("市卫片执法工作实施方案 市卫片执法工作实施方案 为认真贯彻落实自然资源部办公厅关于开展 2021 年卫片执法工作的通知"
             "(自然资办发202110 号)和省、市自然资源部门卫片执法工作精神,为扎实推进我市 2021年卫片执法各项工作,特制定如下实施方案。"
             " 一、总体要求 通过开展卫片执法,督促推进 2021 年卫片执法工作。 二、时间安排 (一)季度快报。"
             "2021 年 4 月 10 日前、10 月 10 日前, 市自然资源和规划局按模板报送。")
    assert (m.title, m.plan_year) == ("市卫片执法工作实施方案", 2021)
    # devgold d2402 (法搜网 copy of a 上海 评选推荐 notice): the one limit, 请于2011年8月18日前报送
    m = meta("上海市人力资源和社会保障局、上海市民政局、上海市公务员局关于评选推荐全国民政系统先进集体劳动模范和先进工作者的通知\n\n"
             "  (四)严肃工作纪律,确保推荐质量\n  对未严格按照评选条件和规定程序推荐的个人和单位,经查实后撤销其评选资格。\n"
             "  各区县民政局、市民政局直属单位的推荐工作报告、审批表等有关推荐材料,请于2011年8月18日前报送市评选推荐工作领导小组办公室。")
    assert m.plan_year == 2011
    # devgold d2403 (文档站 copy, one line): no dated limit or label; the page's one year, in the notice it cites
    m = meta("市民休闲广场工程实施方案为加快城市基础设施建设,根据县政府关于2021年实施34项民生工程的通知精神,制定本实施办法。"
             "二、目标任务4月底完成附属工程建设,11月底前整个工程完工。")
    assert (m.title, m.plan_year) == ("市民休闲广场工程实施方案", 2021)
    # a dated page keeps the date's rule: an 实施方案 (not an annual kind) signed 2022-06-08 names no plan year
    m = meta("江北区创建浙江省体育现代化区实施方案\n2022年6月8日\n一、工作目标\n2022年底前完成创建申报。")
    assert m.plan_year is None


def test_doc_number_field_of_an_information_table_printed_without_a_colon():
    # devgold m2803 (蔡甸 责任分解 2023): the table prints "发布机构 X 文    号 Y" with no colon
    m = meta("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
             "2023-01-05 10:00 区人民政府办公室\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
             "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n"
             "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:\n现印发给你们。\n一、各责任单位要高度重视。")
    assert m.doc_number == "蔡政办〔2023〕1号"
    # realdocs 50 丽水 河长制 2017: "索引号 … 文号 丽政办发〔2017〕 120号"
    m = meta("索引号 113325000026455663/2017-12226 文号 丽政办发〔2017〕 120号\n关于全面深化河长制工作的方案\n一、总体要求")
    assert m.doc_number == "丽政办发〔2017〕 120号"
    # not a label: a 文号 cited in a sentence
    assert meta("关于若干措施\n一、要求\n按照文件 闽发改农业〔2020〕736号要求。").doc_number is None


def test_doc_number_after_the_notice_title_on_its_line():
    # realdocs d1603 厦门 公共文化 2016 and devgold u2802 费县 十件实事 2024 (the whole notice on one line)
    m = meta("厦门市公共文化服务体系建设协调领导小组办公室 关于推进各区加快落实构建现代公共文化服务 体系实施方案的通知 厦文公建办〔2016〕3号\n"
             "各区人民政府: 3月10日,国副市长在我办呈报件上做出批示。\n一、工作要求")
    assert m.doc_number == "厦文公建办〔2016〕3号"
    m = meta("费县人民政府办公室 关于印发费县2024年关爱妇女儿童十件实事工作方案的通知 费政办字〔2024〕6号 各乡镇(街道)人民政府(办事处),"
             "县政府各部门、单位,重点企业: 现将《费县2024年关爱妇女儿童十件实事工作方案》印发给你们,请认真组织实施。 费县人民政府办公室 "
             "2024年4月29日 (此件公开发布) 费县2024年关爱妇女儿童十件实事工作方案 一、开展0-6岁儿童孤独症筛查。通过早筛查、早诊断。"
             " 二、开展适龄妇女两癌筛查。")
    assert m.doc_number == "费政办字〔2024〕6号"
    # a cited notice's 文号 is not the document's
    assert meta("关于若干措施\n根据《关于加强管理的通知》(国发〔2015〕7号)精神,制定本措施。\n一、要求").doc_number is None


def test_publication_date_stamped_before_the_page_chrome_labels():
    # devgold u2802 (费县 2024): "2024-04-29 作者: 点击数:"; realdocs 54 长春 河长制 2017, y03 安阳 2021
    m = meta("费县人民政府办公室关于印发费县2024年关爱妇女儿童十件实事工作方案的通知 |\n2024-04-29 作者: 点击数: |\n一、开展筛查")
    assert m.date == "2024-04-29"
    assert meta("某市全面实施河长制方案\n2017-08-07 来源:本站 | 阅读量:3126\n一、总体要求").date == "2017-08-07"
    assert meta("某市方案\n2021-02-14 16:43:58  作者:  来源:互联网  浏览次数:162\n一、总体要求").date == "2021-02-14"
    # a signature date still wins over the stamp
    assert meta("某市方案\n2021-02-14 16:43:58  作者:  来源:互联网\n某市人民政府\n2021年2月10日\n一、总体要求").date == "2021-02-10"


def test_recipients_line_of_one_addressee_group():
    # "各区县:" "各乡镇:" "各单位:" name one group of addressees; "各位代表:" is a speech's greeting
    assert meta("关于做好2024年防汛工作的通知\n\n各区县:\n\n现将有关事项通知如下:\n\n一、加强领导\n").recipients == ["各区县"]
    assert meta("关于做好防汛工作的通知\n各乡镇:\n现将有关事项通知如下:\n一、加强领导\n").recipients == ["各乡镇"]
    assert meta("关于做好防汛工作的通知\n各单位:\n现将有关事项通知如下:\n一、加强领导\n").recipients == ["各单位"]
    assert meta("某镇政府工作报告\n各位代表:\n现在我代表镇人民政府作报告。\n一、过去一年工作\n").recipients == []


def test_doc_number_in_brackets_alone_or_after_the_red_head_on_its_line():
    # devgold d2903 陕西 发改 2009: "(陕发改农经函〔2009〕224号)" alone under the title (法规站);
    # devgold m2901 吴江 档案 2003: "吴江市人民政府办公室文件 吴政办[2003]25号" (红头 and 文号 on one line)
    m = meta("陕西省发展和改革委员会关于抓紧编报2008年度巩固退耕还林成果项目投资建议计划的通知\n(陕发改农经函〔2009〕224号)\n"
             "各市发展改革委:\n为了推进我省巩固退耕还林成果项目建设,请你们抓紧编报。现就有关事项通知如下:\n一、编报计划")
    assert m.doc_number == "陕发改农经函〔2009〕224号"
    m = meta("关于印发《吴江市人民政府办公室档案管理制度》的通知\n吴江市人民政府办公室文件 吴政办[2003]25号\n"
             "关于印发《吴江市人民政府办公室\n档案管理制度》的通知\n本办各科室:\n现予印发,望遵照执行。\n二○○三年四月二十四日\n第一章 总则")
    assert m.doc_number == "吴政办[2003]25号"
    # a citation that runs on, or a 文件 named in a sentence, is not the document's number
    assert meta("关于若干措施\n(国发〔2018〕22号)要求,制定本措施。\n一、要求").doc_number is None
    assert meta("关于若干措施\n根据省委文件 省发〔2018〕22号要求\n一、要求").doc_number is None


def test_a_document_sites_list_bullets_printed_as_dashes_are_chrome_not_part_of_the_title():
    # book118 (原创力文档) prints its page header as a list; the search excerpt renders the bullets as "- "
    # (2026年街道办事处工作计划, round 31) or "• " (连云港 乡村医生签约 2017): "- 举报" is the report button,
    # not the first half of a wrapped title.
    head = "- 0\n- 0\n- 约4.4千字\n- 约 9页\n- 2026-02-27 发布于四川\n- 举报\n"
    m = meta(head + "2026年街道办事处工作计划\n2026年是全面贯彻落实党的二十大精神的关键一年。\n一、强化党建引领")
    assert m.title == "2026年街道办事处工作计划" and m.plan_year == 2026
    assert meta("- 分享\n- 收藏\n县教育局2024年工作要点\n一、加强领导").title == "县教育局2024年工作要点"


def test_a_letter_spaced_title():
    # 赣州 就业创业 实施意见 (devgold u2402): the kind printed with spaces between its characters
    m = meta("赣州市人民政府关于进一步做好新形势下就业创业工作 的 实 施 意 见\n\n发布者:kjyadmin发布时间:2016-09-26浏览次数:\n\n"
             "赣市府发〔2015〕27号\n\n各县(市、区)人民政府,市政府有关部门:\n\n现结合本市实际提出如下实施意见。\n\n一、大力实施就业优先战略")
    assert m.title == "赣州市人民政府关于进一步做好新形势下就业创业工作的实施意见"
    assert meta("工 作 要 点\n一、要求").title == "工作要点"
    assert meta("第一章 总 则\n第一条 为了规范管理。").title is None


def test_a_title_run_on_into_a_body_opening_with_jinnian_or_a_masked_year():
    # 县交通运输局 (devgold u2403): a page counter, the title, then 今年, ; 建始 民政局 (u27b03): XX年上半年,
    m = meta("第1页共5页县交通运输局XX年工作情况报告今年,全县交通运输事业与全县经济社会开展同呼吸、共命运,走过了一条不同寻常的道路。"
             "一、在履职上突出敢担当,努力推动交通运输工作全面开展")
    assert m.title == "县交通运输局XX年工作情况报告"
    m = meta("民政局上半年双拥优抚安置工作总结XX年上半年,双拥优抚安置工作,在局党组正确领导下,较好完成了半年工作任务,现总结如下:"
             "一、双拥工作1、元旦、春节期间,县财政局和县民政局联合发出通知。")
    assert m.title == "民政局上半年双拥优抚安置工作总结"


def test_a_progress_table_and_a_speech_are_titles():
    # 南陵 (devgold u2103): a table's title line; 工信局 (t2701): a speech 在…会上的发言
    m = meta("2023年《政府工作报告》重点工作目标任务进展情况表\n序号 |\n目标与任务 |\n牵头责任 单位 |\n完成情况 |\n71 |\n"
             "完善多元调处化解机制。 |\n县司法局 |")
    assert (m.title, m.plan_year) == ("2023年《政府工作报告》重点工作目标任务进展情况表", 2023)
    m = meta("工信局长在2022年县委经济工作务虚会上的发言\n我局深入贯彻落实省、市、县党代会精神。现就2022年工作计划作如下汇报。\n"
             "一、2021年1-11月工业经济指标完成情况\n全县规模以上工业增加值同比增长13%。")
    assert (m.title, m.plan_year) == ("工信局长在2022年县委经济工作务虚会上的发言", 2022)
    assert meta("在全县卫生健康工作会议上的讲话\n同志们:\n一、成绩").title == "在全县卫生健康工作会议上的讲话"


def test_a_sites_banner_before_the_title_is_not_part_of_it():
    # 冰点文库-style copy (devgold d2902): the slogan glued before a title run on into the text
    m = meta("精选优质文档-倾情为你奉上望都县关于开展城市管理春风行动的实施方案为深入持续推进城市管理“6S”行动,"
             "结合我县实际,特制定方案如下:一、指导思想为持续推进城市管理“6S”行动。二、时间安排从2015年3月25日开始。")
    assert m.title == "望都县关于开展城市管理春风行动的实施方案"
    # 法搜网 (devgold d2402): the site's name line above the title
    m = meta("法搜网--中国法律信息搜索网\n上海市人力资源和社会保障局、上海市民政局、上海市公务员局关于评选推荐全国民政系统先进集体"
             "劳动模范和先进工作者的通知\n\n  (四)严肃工作纪律,确保推荐质量\n\n  对未严格按照评选条件推荐的,撤销其评选资格。")
    assert m.title == ("上海市人力资源和社会保障局、上海市民政局、上海市公务员局关于评选推荐全国民政系统先进集体劳动模范和先进工作者的通知")
    # a site's name before the title (realdocs u2003)
    m = meta("99贵宾会(中国)官方网站 农业农村局2024年工作总结和2025年工作安排\n2024年,区农业农村局认真贯彻落实。\n一、工作成效")
    assert m.title == "农业农村局2024年工作总结和2025年工作安排"
    assert meta("互联网医院管理办法\n第一条 为规范管理").title == "互联网医院管理办法"


def test_a_date_with_a_clock_time_at_a_line_start_is_the_pages_publication_stamp():
    # 云南 乡村振兴 实施意见 (metagold-d m3301): a repost's bare stamp under the title
    m = meta("中共云南省委 云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见\n2022-05-19 14:17\n\n"
             "为深入贯彻落实精神,结合我省实际,提出如下实施意见。\n(一)稳定全年粮食播种面积和产量。")
    assert m.date == "2022-05-19"
    # 沙依巴克 教育职责 报告 (realdocs15 m2001): the stamp followed by the posting office
    m = meta("沙依巴克区人民政府2022年履行教育职责工作报告\n2023-11-24 11:54   沙区政府教育督导室\n现就2022年度工作报告如下。\n"
             "一、基本情况\n2023年辖区共有学校46所。")
    assert m.date == "2023-11-24"
    # a signature still wins over the stamp
    m = meta("某县2022年工作要点\n2022-03-01 09:30\n一、要求\n落实。\n某县人民政府\n2022年2月24日")
    assert m.date == "2022-02-24"


def test_a_page_that_names_itself_a_fanwen_or_wenku_site_has_upload_dates_only():
    # 三味园范文网 (metagold-d m3303): the site's name line, then its date
    m = meta("在全县安全生产工作会议上的讲话\n三味园范文网\n2025-04-02\n同志们:\n今天的会议主要任务是总结教训。\n一、总结惨痛教训")
    assert m.date is None
    # 范文站 投稿 button (realdocs11 u1403)
    m = meta("区文化和旅游局2023年上半年工作总结及下半年工作安排\n时间:2023-08-14 工作总结 我要投稿\n今年以来,区文旅局紧紧围绕中心工作。\n"
             "一、上半年工作开展情况")
    assert m.date is None and m.plan_year == 2023
    # a title ending in 范文 (metagold-d m3306): the title without it, and 时间: is an upload date
    m = meta("区教育局2023年工作总结和工作规划范文\n\n时间:2025-06-19\n\n  20xx年在区委、区政府的正确领导下,全区教育系统办学水平逐步提高。\n\n"
             "  一、工作总结\n\n  (一)坚持加强党对教育的全面领导")
    assert (m.title, m.date, m.plan_year) == ("区教育局2023年工作总结和工作规划", None, 2023)
    # an ordinary portal page keeps its publication date
    assert meta("发布时间:2022-07-14 11:14 来源: 市民政局 浏览量:\n某某工作要点\n一、要求").date == "2022-07-14"


def test_a_sharing_site_that_names_its_editor_or_its_download_button_has_upload_dates_only():
    # The 小编 who '为大家整理' a page, a 网友投稿 source, a WORD下载 button or a 笔杆子…网 name mark a sharing site:
    # realdocs rd-028 ('分类:计划总结 时间: 2023-02-03 20:30:36 浏览: 作者:小编'), rd-086 ('时间:2023-05-07 公文范文
    # 来源:网友投稿' + '下面是小编为大家整理的…'), rd-071 (笔杆子资料网: a 2021 summary stamped 2023-02-22),
    # devgold-sm43 county-edu (好笔杆子网 '时间:2023-02-24 … 收藏 WORD下载').
    m = meta("区科学技术局2022年度工作总结及2023年工作计划\n\n分类:计划总结 时间: 2023-02-03 20:30:36 浏览: 作者:小编\n\n"
             "区科学技术局2022年度工作总结及2023年工作计划\n今年以来,区科技局深入实施创新驱动发展战略。\n一、工作开展情况")
    assert (m.title, m.date, m.plan_year) == ("区科学技术局2022年度工作总结及2023年工作计划", None, 2022)
    m = meta("2023年区五年法治政府建设工作情况报告\n\n时间:2023-05-07 17:15:05 公文范文 来源:网友投稿\n\n"
             "五年来,*区严格落实党政主要负责人履行推进法治建设第一责任人职责规定。\n一、主要做法")
    assert m.date is None
    m = meta("县教育局2023年工作计划\n\n工作计划 时间:2023-02-24 12:14:02 收藏 WORD下载\n\n"
             "2023年,**县教育局将认真贯彻党的教育方针。\n一、工作目标")
    assert (m.date, m.plan_year) == (None, 2023)
    m = meta("区交通运输局2021年工作总结和2022年工作思路\n\n2023-02-22 13:47:13 133\n\n文章导读\n\n"
             "今年是“十四五”开局之年。\n\n联系客服提示-笔杆子资料网\n\n一、2021年工作开展情况")
    assert m.date is None
    # a portal's editor and a 责任编辑 are no such mark
    assert meta("市民政局2022年工作要点\n发布时间:2022-07-14 11:14 来源: 市民政局 责任编辑:王小编\n一、要求").date == "2022-07-14"


def test_a_news_repost_names_the_plan_it_prints_in_full():
    # 重庆 城镇化 实施方案 (metagold-d m3310): a portal news item without a title line
    m = meta("近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,并发出通知,"
             "要求各区县各部门结合实际认真抓好贯彻落实。\n《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。\n"
             "为深入贯彻落实意见,结合我市实际,制定本实施方案。\n一、总体要求")
    assert m.title == "重庆市推进以区县城为重要载体的城镇化建设实施方案"


def test_a_page_type_label_above_the_title_is_chrome():
    # 云南 乡村振兴 实施意见 (metagold-d m3301): a company site's '新闻详情' line above a reposted title
    m = meta("新闻详情\n中共云南省委 云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见\n2022-05-19 14:17\n\n"
             "为深入贯彻落实精神,结合我省实际,提出如下实施意见。\n(一)稳定全年粮食播种面积和产量。")
    assert m.title == "中共云南省委云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见"
    assert (m.date, m.plan_year) == ("2022-05-19", 2022)


def test_a_sharing_sites_button_lines_above_the_title_are_chrome():
    # gongwen 文库 speech (metagold-c h32b01): '海报' / '侵权投诉' buttons above the speech's own heading
    m = meta("在农村工作会上的讲话(送审稿)修改稿(1)\nVIP专免\n2024-01-21\n999+\n25.34KB\n31 页\n海报\n侵权投诉\n"
             "在全市农村工作会议上的讲话\n(2021 年2月2日)\n项 雪 龙\n同志们:\n今年是实施“十四五”规划的开局之年。")
    assert (m.title, m.date) == ("在全市农村工作会议上的讲话", "2021-02-02")
    # wnwk 文库 report (metagold-c h32b02): '收藏 分享(赏)' above the file name
    m = meta("收藏 分享(赏)\n\n2022年x镇政府工作报告.docx\n\n上传人:la****1 文档编号:517352 上传时间:2023-04-08 格式:DOCX 页数:12\n"
             "下载 相关 举报\n资源描述\n各位代表:现在,我代表x镇人民政府向大会报告工作。")
    assert (m.title, m.date, m.plan_year) == ("2022年x镇政府工作报告", None, 2022)
    # gongwk 文库 report (open46a pa06): the user-area buttons '购物车' / '我的足迹' above the title; 二十一文明网 (open45a
    # oa03): '注册' / '登录' above the breadcrumb
    m = meta("购物车\n我的足迹\n\n生态环境局工作总结及2021年度工作计划\n\n加入Vip免费下载 立即下载\n"
             "生态环境局工作总结及2021年度工作计划 一、2020年度工作特色亮点 一是环境质量历史最优。")
    assert m.title == "生态环境局工作总结及2021年度工作计划"
    m = meta("注册\n登录\n\n县教育体育局年终工作总结报告范本\n\n下面是小编为大家整理的县教育体育局年终工作总结报告范本,供大家参考。\n"
             "一、主要工作\n今年以来,我局认真落实各项工作。")
    assert m.title == "县教育体育局年终工作总结报告"  # the site's 范本 dropped (meta.site_addition)


def test_a_news_headline_x_fabu_y_names_the_plan_y():
    # 湖北 生态环境 工作要点 转载页 (devgold-r33 r3301): a lead-in count, the issuer, 发布, the plan's title
    m = meta("首页 > 新闻 > 正文\n\n共27项 湖北省发布2023年全省生态环境工作要点\n\n时间:2023-02-17 11:42\n\n来源:湖北省生态环境厅\n\n"
             "2月7日,湖北省生态环境厅发布《2023年全省生态环境工作要点》,安排27项重点工作。\n\n2023年全省生态环境工作要点\n\n"
             "2023年是全面贯彻落实党的二十大精神的开局之年。\n\n一、总体要求与主要目标")
    assert (m.title, m.date, m.plan_year) == ("2023年全省生态环境工作要点", "2023-02-17", 2023)
    # 发布 as a noun inside a title is no headline
    assert meta("政务信息发布管理办法\n第一条 为规范管理").title == "政务信息发布管理办法"


def test_a_date_that_lost_its_year_and_month_characters_but_kept_ri():
    # 瑞金 审计整改 报告 (devgold u2902): the report's delivery line under its title
    m = meta("关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n--20211228日在市届人大常委会会议\n"
             "主任、各位副主任、各位委员:\n受市人民政府委托,现将整改情况报告如下。\n一、整改工作部署推进情况")
    assert m.date == "2021-12-28"
    # 达拉特旗 安委会 (realdocs m901): the signature date
    assert meta("某旗2024年工作要点\n一、要求\n落实。\n达拉特旗安全生产委员会\n2024613日").date == "2024-06-13"


def test_a_transmittal_title_cut_before_its_notice_kind_still_names_the_plan_printed_below():
    # 山西 政府网 (open46a pa01): '晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省贯彻落实《…》工作方案' (的通知 cut off),
    # the same without the 文号 on the next line, then the plan under its own heading: the plan's heading is the title
    m = meta("晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n"
             "山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n晋政办发〔2017〕55号\n"
             "各市、县人民政府,省人民政府各委、办、厅、局:\n《山西省贯彻落实〈促进中部地区崛起“十三五”规划〉工作方案》已经省人民政府同意,"
             "现印发给你们,请认真贯彻执行。\n山西省人民政府办公厅\n2017年5月15日\n"
             "山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n为深入贯彻落实规划,制定本方案。\n一、总体要求")
    assert (m.title, m.doc_number, m.date) == ("山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案", "晋政办发〔2017〕55号",
                                               "2017-05-15")


def test_a_document_number_and_the_signing_date_on_one_header_line():
    # 白银 市政府 (open47a pc05): '市政办发〔2022〕112号 2022年6月30日' above the recipients: the 文号 and the date it was signed
    m = meta("市政办发〔2022〕112号 2022年6月30日\n各县、区人民政府,市政府各部门:\n《白银市“十四五”粮食和物资储备安全发展规划》"
             "已经市政府第12次常务会审议通过,现印发给你们。\n白银市“十四五”粮食和物资储备安全发展规划\n一、发展基础")
    assert (m.doc_number, m.date) == ("市政办发〔2022〕112号", "2022-06-30")


def test_a_sharing_site_whose_notice_says_the_file_was_uploaded_by_a_user_has_upload_dates_only():
    # 汇文网 (open47b pd07, realdocs rd-022): 'ID:1536579 / 大小:13.92KB / 页数:2页 / 格式:DOCX / 时间:2023-04-21' and in its
    # 温馨提示 '本文档由用户上传,版权归属用户,汇文网负责整理代发布。' (as 会员上传 / 网友上传): 时间 is the upload's
    m = meta("分享\n2023年民政局民生工程进展情况汇报.docx\n下载文档\nID:1536579\n大小:13.92KB\n页数:2页\n格式:DOCX\n"
             "时间:2023-04-21\n收藏 分享赚钱\n温馨提示:\n2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。\n"
             "2023年民政局民生工程进展情况汇报 一、养老服务 截止6月实施政府购买服务3913人。")
    assert m.date is None


def test_a_sharing_sites_page_chunk_after_its_upload_fields_holds_the_title():
    # 諸城 應急保障 行動計劃 (devgold-r32 r3205): seven lines of upload fields, then the first page chunk '1、<title>為…'
    m = meta('諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx\n下載文檔\n上傳人:Le***'
             '*97\n編號:928920\n2024-05-20\n18頁\n33.20KB\n1、諸城市重大突發事件應急保障體系建設行動計劃'
             '(2021-2022年)為提高突發事件應急保障能力和水平,根據山東省重大突發事件應急保障體系建設三年行動計劃(2020-'
             '2022年)(魯政辦字2020167號)等有關要求,結合我市實際,制定如下行動計劃。一、總體要求到2022年,初步形成具'
             '有諸城特色的應急保障體系框架,應急保障能力和水平走在全國前列。全市突發事件死亡人數和直接經濟損失大幅下降,億元GDP生產'
             '安全事故死亡率控制在0.011以內,年均因災直接經濟損失占全市GDP比例控制在1%以內,突發公共衛生事件病患收治率和治愈'
             '率明顯提高,感染率和病亡率大幅降低,大規模群體性聚集事件有效處置率達100%。2、-市綜合和專業應急指揮平臺全面建成,應')
    assert (m.title, m.date) == ("諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)", None)


def test_a_news_page_is_titled_by_the_headline_above_its_dateline():
    # 临渭 疾控 news (devgold-sm37 sm3701): breadcrumb, headline, '发布时间:… 来源:' dateline; no doc-kind title
    m = meta("今天是\n首页 > 教育医疗 >正文\n临渭区疾控中心表扬先进聚人心开新篇\n发布时间:2024-02-06 来源: 浏览:248\n【字体:\n\n"
             "2月2日下午,临渭区疾病预防控制中心举行2023年度总结会,总结成绩、表扬先进、展望未来。")
    assert (m.title, m.date, m.plan_year) == ("临渭区疾控中心表扬先进聚人心开新篇", "2024-02-06", 2024)
    # 芗城 村卫生所 (devgold-st35 st3503): a paper's name before the posting time is the dateline, and its date the page's
    m = meta("芗城公办村卫生所标准化建设 已超额完成投入近千万元\n\n闽南日报   2018-07-08 08:30\n\n"
             "  笔者日前从芗城区卫计局获悉,芗城今年计划投入320万元用于完成32家公办村卫生所建设。")
    assert (m.title, m.date, m.plan_year) == ("芗城公办村卫生所标准化建设已超额完成投入近千万元", "2018-07-08", 2018)
    # 镇江 (devgold-dl35 dl3510): the lead 'X网讯' under the headline
    assert meta("“四大行动计划”进展如何\n金山网讯 年初确定的“四大行动计划”,8个多月过去了,进展情况如何?").title == "“四大行动计划”进展如何"
    # a signer above a signature date is no headline
    assert meta("无锡市人民政府办公室\n2017年2月21日\n一、背景\n(一)“十二五”发展成效\n至2015年底,全市达2261元。").title is None


def test_a_sharing_sites_piece_count_with_a_comment_and_a_word_count_are_not_the_title():
    # hunwen 范文 page (devgold-sm37 sm3702): '(精选7篇)' after the plan's name
    m = meta("首页 > 工作文档 > 工作计划 > 卫生工作计划 > 卫生服务站个人工作计划【热门七篇】正文\n\n《卫生服务站个人工作计划【热门七篇】》\n\n"
             "时间:\n\n卫生服务站个人工作计划(精选7篇)\n\n卫生服务站个人工作计划 篇1\n\n一、目标\n\n通过对社区范围内的健康训练与健康促进活动,提高群众健康水平。")
    assert m.title == "卫生服务站个人工作计划"
    # 自查报告网 (devgold-sm37 sm3704): the word count before 范文 on the title line
    m = meta("欢迎来到自查报告网!\n特惠加入VIP会员\n当前位置: 首页 > 工作总结 > 市、县交通运输局2023年工作总结3790字范文\n\n"
             "市、县交通运输局2023年工作总结3790字范文\n\n  2023年,在市、县政府的坚强领导下,县交通运输局较好地完成各项既定目标任务。\n\n  一、2023年工作开展情况")
    assert (m.title, m.plan_year) == ("市、县交通运输局2023年工作总结", 2023)


def test_an_uploaded_files_date_stamp_after_the_title_is_not_the_title():
    # A file uploaded to a sharing site keeps the date stamp its author put in the file name: 第壹文秘 (realdocs
    # rd-031) '《市文化和旅游局2023年工作总结及2024年重点工作安排(20240108).docx》由会员分享', 51公文网 (seen in search)
    # '齐都镇2023年政府工作报告(20230113)'. The stamp is no part of the plan's name.
    m = meta("《市文化和旅游局2023年工作总结及2024年重点工作安排(20240108).docx》由会员分享,可在线阅读,更多相关"
             "《市文化和旅游局2023年工作总结及2024年重点工作安排(20240108).docx(5页珍藏版)》请在第壹文秘上搜索。\n"
             "1、市文化和旅游局2023年工作总结及2024年重点工作安排一、2023年工作完成情况(一)坚持项目为王,提升产业发展韧性。")
    assert (m.title, m.plan_year) == ("市文化和旅游局2023年工作总结及2024年重点工作安排", 2023)
    m = meta("齐都镇2023年政府工作报告(20230113)\n\nVIP专免\n\n各位代表、同志们:\n2022 年政府工作回顾")
    assert (m.title, m.plan_year) == ("齐都镇2023年政府工作报告", 2023)
    # a bracketed note with words stays: it names an edition
    assert meta("某县2023年工作要点(修订稿)\n一、加强领导").title == "某县2023年工作要点(修订稿)"


def test_the_editors_line_names_the_piece_before_a_comma_and_a_welcome():
    # 范文 copy (devgold-un35 un3507): the first line doubles the title in brackets; the editor's line names it
    m = meta("2020年道路运输安全专项整治三年行动实施方案(2020年道路运输安全专项整治三年行动实施方案)\n"
             "下面是小编为大家整理的2020年道路运输安全专项整治三年行动实施方案,欢迎大家借鉴与参考。\n"
             "为加强我县道路运输安全专项整治,制定本实施方案。\n一、 总体要求\n通过开展全方位整治行动。")
    assert (m.title, m.plan_year) == ("2020年道路运输安全专项整治三年行动实施方案", 2020)


def test_a_policy_interpretation_page_is_titled_by_its_jiedu_line():
    # 二连浩特 (realdocs 40): '《X》政策解读' under the portal's accessibility line, dated by its 发布日期
    m = meta("无障碍浏览 长者模式\n《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n发布日期:2024-04-02 15:35 点击量:10\n"
             "一、制定背景\n为全面落实市十一届人大三次会议通过的《政府工作报告》确定的目标任务,制定本方案。")
    assert (m.title, m.plan_year) == ("《〈政府工作报告〉2024年重点工作任务分工方案》政策解读", 2024)


def test_a_reports_subtitle_on_the_meeting_is_not_its_title():
    # 四平 教育工作会议报告 2014 (metagold-d m3302): main heading, the page's stamp, then '——在…上的报告'
    m = meta("深化改革 突破创新 全面提升四平教育的整体水平\n2014-03-14   来源:记者站     浏览数:\n\n——在2014年全市教育工作会议上的报告\n"
             "市教育局局长、党委书记 赵青山\n \n(2014年3月5日)\n\n同志们:\n这次会议的主要任务是,深入贯彻落实党的十八届三中全会精神。\n"
             "一、2013年教育工作回顾\n2013年,全市教育工作坚持以党的十八大精神为指导。")
    assert (m.title, m.date, m.plan_year) == ("深化改革突破创新全面提升四平教育的整体水平", "2014-03-05", 2014)


def test_a_status_tag_or_note_before_the_transmittal_headline_is_not_part_of_it():
    # 汉中 促消费 2023 (devgold-sm38 sm3810): a 规范性文件 column marks the headline 【有效】
    m = meta("【有效】汉中市人民政府办公室关于印发汉中市激发市场活力促进消费增长三年行动方案(2023—2025年)的通知\n\n"
             "各县区人民政府,市政府有关工作部门:\n《汉中市激发市场活力促进消费增长三年行动方案(2023—2025年)》已经市政府同意,"
             "现印发给你们,请认真组织实施。\n汉中市人民政府办公室\n2023年2月6日\n"
             "汉中市激发市场活力促进消费增长三年行动方案(2023—2025年)\n为全面落实党的二十大精神,制定如下行动方案。\n一、指导思想")
    assert (m.title, m.date) == ("汉中市激发市场活力促进消费增长三年行动方案(2023—2025年)", "2023-02-06")
    # 海口 八五普法 2022 (devgold m2502): the red-head's notes in brackets before the 转发 line
    m = meta("(以此件为准)(日期修改其他内容不变)中共海口市委全面依法治市委员会办公室转发《市委宣传部、市司法局关于开展"
             "法治宣传教育的第八个五年规划(2021-2025年)》的通知\n各区委依法治区办:\n现将《市委宣传部、市司法局关于开展法治宣传教育的"
             "第八个五年规划(2021-2025年)》转发给你们,请结合实际认真贯彻落实。\n2022年3月17日\n一、指导思想")
    assert m.title == "市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)"


def test_an_index_table_printed_without_colons_gives_its_title_field():
    # 宿迁 水利局 年报 2024 (devgold-sm38 sm3808): '名称 X' / '索引号 … 分类 …' / '文号 关键词' (empty fields), no colons
    m = meta("宿迁市水利局\n\n政府信息公开\n\n名称 宿迁市水利局2024年政府信息公开工作年度报告\n"
             "索引号 014319450/2025-00005 分类 信息公开年报\n发布机构 市水利局 公开日期 2025-01-13\n文号 关键词\n"
             "文件下载\n时效\n\n宿迁市水利局2024年政府信息公开工作年度报告\n根据《条例》规定,现发布本报告。\n一、总体情况\n2024年,全面推进公开。")
    assert (m.title, m.doc_number, m.plan_year) == ("宿迁市水利局2024年政府信息公开工作年度报告", None, 2024)


def test_a_field_list_printed_as_list_items_gives_its_title_and_number():
    # 文化部 示范区督查 2017 (devgold-dl37 dl3706): every label and value an item of its own, after '- '
    m = meta("首页 >\n公共服务\n- 标题:\n- 文化部办公厅关于开展第三批创建国家公共文化服务体系示范区(项目)中期督查工作的通知\n- 索引号:\n"
             "- 357C01-11-2017-33537\n- 文号:\n- 办公共函[2017]118号\n- 发布机构:\n- 文化部\n- 发布日期:\n- 2017-05-05\n"
             "各省、自治区、直辖市文化厅(局):\n为扎实推进创建工作,现将有关事项通知如下:\n一、督查内容\n(一)创建工作进展情况。")
    assert m.title == "文化部办公厅关于开展第三批创建国家公共文化服务体系示范区(项目)中期督查工作的通知"
    assert (m.doc_number, m.date) == ("办公共函[2017]118号", "2017-05-05")


def test_a_news_pages_dateline_may_print_the_source_before_the_date():
    # 交通运输部 示范创建县 2021 (devgold-dl37 dl3703): '来源:中工网 时间:…' under the headline
    m = meta("首页 热点 资讯 财经\n61个县(区、市)获第二批城乡交通运输一体化示范创建县\n来源:中工网      时间:2021-11-05 12:26:14\n"
             "据交通运输部官网消息,近日交通运输部发布通知称已研究确定61个县(区、市)为第二批城乡交通运输一体化示范创建县。")
    assert (m.title, m.date, m.plan_year) == ("61个县(区、市)获第二批城乡交通运输一体化示范创建县", "2021-11-05", 2021)
    # 山东省奶业协会 2022 (devgold-tg37 tg3705): '信息来源:… 发布时间:2022年 03月 18日 阅读次数:…'
    m = meta("您的当前位置:首页 >> 行业资讯 >>\n2022政府工作报告三农重点\n信息来源:山东省奶业协会 发布时间:2022年 03月 18日 阅读次数:784 次\n"
             "2021年工作回顾\n粮食产量1.37万亿斤,创历史新高。")
    assert (m.title, m.plan_year) == ("2022政府工作报告三农重点", 2022)


def test_an_index_tables_labels_may_be_printed_in_square_brackets():
    # 木洞镇 政府工作报告 2024 (realdocs11 m1403), a 重庆 portal: '[ 发文字号 ] | 木洞府发〔2024〕2号 |'
    m = meta("[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |\n"
             "[ 发布机构 ] | 巴南区木洞镇 | [ 有效性 ] | |\n[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |\n"
             "重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知\n各村(居)民委员会:\n现将2024年《政府工作报告》印发给你们。\n"
             "一、2023年工作回顾\n过去一年,全镇经济平稳运行。")
    assert (m.doc_number, m.date) == ("木洞府发〔2024〕2号", "2024-02-22")


def test_a_traditional_page_may_end_its_title_in_the_taiwan_form_of_jihua():
    # 水利局 上半年汇报 (devgold-sm37 sm3712), a 范文 page in traditional script: 計畫 (计划) ends the title
    m = meta("水利局2024年上半年工作情況匯報和下半年工作計畫\n今年以來,我局緊緊圍繞年初確定的目標任務,紮實推進各項工作。\n"
             "一、上半年工作情況\n(一)水利工程建設。完成投資85萬元。")
    assert m.title == "水利局2024年上半年工作情況匯報和下半年工作計畫"
    assert m.plan_year == 2024


def test_an_untitled_pages_heading_is_the_short_line_right_above_its_first_numbered_heading():
    # 乡镇 总结 亮点 (devgold-sm40 sm4004, a wenku page) and 浙江 教育民生实事 2023 (devgold-r33 r3306, a news page)
    m = meta("乡镇工作总结亮点\n一、推动经济发展\n1. 扶持新兴产业:积极引进高新技术企业,培育壮大新兴产业。\n"
             "2. 优化营商环境:简化审批手续,提升服务效能。\n二、改善农村生活\n1. 实施乡村振兴战略:加大农村基础设施建设力度。")
    assert (m.title, m.plan_year) == ("乡镇工作总结亮点", None)
    m = meta("首页 > 侨乡 > 正文\n\n今天公布:2023年浙江教育要做这十方面的民生实事\n\n28日,2023年度全省教育系统工作会议举行。\n \n"
             "2023年浙江教育十方面民生实事\n1.新(改扩)建公办中小学校100所,新增学位8万个。\n2.新增托位1万个。")
    assert (m.title, m.plan_year) == ("2023年浙江教育十方面民生实事", 2023)
    # a section label above the first item is no title
    assert meta("申报流程\n1.网上申报。申报人登录系统填写信息。\n2.单位审核。").title is None
    # nor is the last cell of a table's header row printed one cell a line (谯城 政府工作报告 分工 2025)
    assert meta("序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、2025年经济社会发展的主要预期目标\n\n3\n\n"
                "固定资产投资增长7.5%左右。\n\n区发改委").title is None


def test_the_issuing_date_field_comes_before_the_publication_date_wherever_the_table_prints_it():
    # 嘉鱼 政府工作报告 分解 2024 (devgold-sm40 sm4016): 发布日期 printed on the line above 发文日期
    m = meta("索引号 : 01105619X/2024-07672 文       号 : 嘉政办发〔2024〕1号\n主题分类: 政务督查 发文单位: 嘉鱼县人民政府办公室\n"
             "名       称: 县人民政府办公室关于印发2024年县重点工作责任分解方案的通知 发布日期: 2024年03月18日\n"
             "有效性: 有效 发文日期: 2024年02月22日\n各镇人民政府,县政府各部门,嘉鱼开发区管委会:\n"
             "一、务必高度重视。今年是中华人民共和国成立75周年。\n二、务必高效推进。")
    assert m.date == "2024-02-22"


def test_a_sharing_sites_compilation_of_one_kind_is_titled_by_its_name():
    # 老金范文 卫生健康局 工作总结汇编 2023 (realdocs2 t19); 教育局 工作要点汇编 2024 (realdocs3 w02)
    m = meta("卫生健康局2023年工作总结汇编(5篇)\n老金范文,海量公文素材资料,下载网址:www.laojinfanwen.com。\n"
             "卫生健康局2023年工作总结汇编(5篇)\n篇一\n2023年,区卫生健康局在区委区政府的坚强领导下,扎实推进各项工作。")
    assert (m.title, m.plan_year) == ("卫生健康局2023年工作总结汇编", 2023)


def test_a_red_header_may_letter_space_the_notice_kind_of_a_transmittal():
    # 衡阳 市场监管局 转发通知 2022 (devgold-dl40 dl4007): '…》的 通 知'
    m = meta("关于转发《市场监管总局关于开展制止滥用行政权力排除、限制竞争执法专项行动 进一步激发市场主体活力 畅通国内大循环的通知》的 通 知\n"
             "各县市区市场监督管理局、园区分局:\n现将《市场监管总局关于开展…的通知》转发给你们,请认真贯彻落实。\n一、强化思想认识")
    assert m.title == "市场监管总局关于开展制止滥用行政权力排除、限制竞争执法专项行动进一步激发市场主体活力畅通国内大循环的通知"


def test_a_signature_run_into_a_page_saved_as_one_line_dates_the_notice():
    # 苏州 教育 工作要点 2023 (realdocs rd-002) and 永嘉 应急管理 规划 2021 (realdocs rd-015): a PDF saved as one line runs the
    # 落款 (issuer, date) on after the transmittal's last sentence
    m = meta("苏 州 市 教 育 局 苏教〔2023〕2 号 关于印发《2023 年 全市教育工作要点》的通知 各县级市(区)教育局,机关各处室: "
             "现将《2023 年全市教育工作要点》印发给你们,请结合实 际,研究落实方案,认真贯彻执行。 苏州市教育局 2023 年 3 月 23 日 "
             "(此件公开发布) - 1 - 2023 年全市教育工作要点 2023 年,全市教育系统将以习近平新时代中国特色社会主义思想为指导。 "
             "一、坚持将政治建设摆在首位 1.学习贯彻党的二十大精神。")
    assert m.date == "2023-03-23"
    m = meta("各功能区管委会,各乡镇(街道)人民政府(办事处),县政府直属各单位: 《永嘉县应急管理“十四五”规划》已经县政府第72次常务会议"
             "审议通过,现印发给你们,请结合实际认真贯彻执行。 永嘉县人民政府 2021年12月28日 “十四五”时期(2021-2025年),是永嘉县"
             "高水平全面建成小康社会之后的五年。\n一、发展基础")
    assert m.date == "2021-12-28"
    # a meeting held on a date, told in the text, is no signature
    m = meta("现将有关事项通知如下。 县政府办公室 2023年5月10日 召开全县安全生产会议,部署下一步工作。\n一、工作要求")
    assert m.date is None


def test_a_transmittal_headline_may_end_in_its_document_number():
    # 常州 政府工作报告 分解 2023 (devgold-sm42 changzhou, a pipe table; traditional with pinyin glosses):
    # '…的通知 常政發(fā)〔2023〕1號 |', as meta.doc_number_after_notice reads the number (厦门 2016, 费县 2024)
    m = meta("|\n|||||||||\n關于印發(fā)2023年《政府工作報告》重點任務分解落實方案的通知 常政發(fā)〔2023〕1號 |\n|||||||||\n"
             "各轄市、區(qū)人民政府,市各直屬單位: 現(xiàn)將2023年《政府工作報告》重點任務分解落實方案印發(fā)給你們,有關要求如下: "
             "一要凝聚共識抓落實。")
    assert (m.title, m.doc_number, m.plan_year) == ("2023年《政府工作報告》重點任務分解落實方案", "常政發(fā)〔2023〕1號", 2023)  # 文号 as printed, its gloss too


def test_an_index_table_printed_as_bullets_one_label_or_value_each():
    # 涪陵 政府工作报告 一季度完成情况 2023 (devgold-sm42 fuling): '• 成文日期' / '• 2023-05-05', labels without colons
    m = meta("部  门\n街  镇\n  • 索引号\n  • 115001020086700333/2023-00052\n  • 主题分类\n  • 政务督查\n  • 发布机构\n"
             "  • 涪陵区政府办公室\n  • 成文日期\n  • 2023-05-05\n  • 发布日期\n  • 2023-05-05\n  • 标题\n"
             "  • 《2023年政府工作报告》主要目标任务一季度完成情况\n  • 发文字号\n  • 督查专报第5号\n  • 有 效 性\n\n"
             "《2023年政府工作报告》主要目标任务一季度完成情况\n日期:2023-05-05 来源:涪陵区政府办公室\n字 号:\n\n"
             "近期,区政府督查室对2023年政府工作报告主要目标任务一季度完成情况进行了跟踪督办。")
    assert m.title.replace("《", "").replace("》", "") == "2023年政府工作报告主要目标任务一季度完成情况"
    assert (m.date, m.plan_year, m.issuer) == ("2023-05-05", 2023, "涪陵区政府办公室")
    # 十堰 经济普查 2023 (realdocs rd-114): the same table without bullets; the 落款 still wins over 发文日期
    m = meta("十堰市人民政府第五次全国经济普查领导小组办公室关于印发《十堰市第五次全国经济普查实施办法》的通知\n\n索引号\n011080691/2023-70749\n"
             "发文日期\n2023年09月03日 16:25:00\n文号\n十经普办文〔2023〕9号\n\n各成员单位:\n\n现将《十堰市第五次全国经济普查实施办法》"
             "印发给你们,请结合实际,认真贯彻落实。\n\n十堰市人民政府第五次全国经济普查领导小组办公室\n2023年8月30日\n一、总则")
    assert m.date == "2023-08-30"
    m = meta("索引号\n011080691/2023-70749\n发文日期\n2023年09月03日 16:25:00\n某县工作要点\n一、总则")
    assert m.date == "2023-09-03"
    # 镇巴 工作规则 2024 (devgold-sm42 zhenba): a bulleted field is never the 主送机关
    assert meta("  • 发文机构:\n\n    县政府网站\n镇巴县人民政府工作规则\n第一章总则").recipients == []


def test_a_sites_column_label_before_the_transmittal_headline_is_not_part_of_it():
    # 六安 文旅 工作要点 2024 (realdocs rd-145) and 长沙 稳经济 实施方案 (realdocs rd-035): 【column】 before the headline
    m = meta("【年度工作要点】关于印发《2024年全市文化和旅游工作要点》的通知\n\n浏览次数:信息来源:市文旅局发布时间:2024-02-28 08:47\n\n"
             "各县区文化和旅游行政部门,局机关各科室、直属单位:\n\n现将《2024市文化和旅游局工作要点》印发给你们,请结合实际,认真贯彻落实。\n\n"
             "六安市文化和旅游局\n\n2024227\n\n2024市文化和旅游工作要点\n\n一、推进全面从严治党")
    assert (m.title, m.plan_year) == ("2024市文化和旅游工作要点", 2024)  # the plan's own heading, as a transmittal's is
    m = meta("【规范性文件】长沙市人民政府办公厅关于印发长沙市有效降低疫情影响稳定经济运行实施方案的通知\n各区县(市)人民政府,市直机关各单位:\n"
             "《长沙市有效降低疫情影响稳定经济运行实施方案》已经市人民政府同意,现印发给你们,\n(此件主动公开)\n"
             "长沙市有效降低疫情影响稳定经济运行\n实施方案\n为深入贯彻落实习近平总书记重要指示精神,制定本方案。\n一、总体要求")
    assert (m.title, m.issuer) == ("长沙市有效降低疫情影响稳定经济运行实施方案", "长沙市人民政府办公厅")
    # 静安 三年行动计划 2018 (devgold-sm42 jingan): the column in quotes, set off by a space
    m = meta("“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《静安区全力打响“上海服务”品牌加快建设“国际静安”"
             "三年行动计划(2018—2020年)》的通知\n静安区全力打响“上海服务”品牌\n加快建设“国际静安”三年行动计划\n(2018—2020年)\n"
             "为贯彻落实上海全力打响“四大品牌”的战略部署,特制定本行动计划。\n一、 总体要求")
    assert m.title == "静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)"


def test_a_breadcrumb_ending_in_the_pages_title_is_not_the_title():
    # 找总结网 城管局 2020 (realdocs rd-117): '站名 > 栏目 > 栏目 > <title>' above the title
    m = meta("找总结网 > 总结报告范文 > 半年工作总结 > 城管局2020年上半年工作总结及下半年工作计划\n\n"
             "城管局2020年上半年工作总结及下半年工作计划\n\n| cwl2\n\n城管局2020年上半年工作总结及下半年工作计划\n\n"
             "上半年,我局在市城管局和县委、县政府的坚强领导下,继续深化城市管理。\n一、主要工作")
    assert (m.title, m.plan_year) == ("城管局2020年上半年工作总结及下半年工作计划", 2020)


def test_an_annual_kind_named_inside_a_titles_subject_does_not_date_the_plan_year():
    # the kind is the title's last word (通知, 意见, 方案); 报告 inside a subject does not make it annual
    assert meta("发布日期: 2023-03-01\n某县人民政府关于做好民政工作报告审核的通知\n一、细化任务").plan_year is None
    # an annual kind that ends the title still takes the date's year
    assert meta("发布日期: 2023-03-01\n某县卫生健康局工作要点(试行)\n一、加强领导").plan_year == 2023


def test_the_division_of_the_government_work_report_is_for_the_year_it_is_dated():
    # The 政府工作报告 is adopted at the year's 人代会 (Jan-Apr) and its tasks are divided among the units weeks later:
    # a division titled without a year is for the year it is dated. Corpus: 泾县 关于分解落实政府工作报告目标任务的通知
    # 2023-01-30 (devgold-sm42 jingxian: 明确了2023年全县…目标和工作任务), 鄂州 〈政府工作报告〉主要工作任务分解落实意见
    # 2016-04-21 (realdocs rd-063: 2016年是“十三五”开局之年), 长清 《政府工作报告》重点工作任务分工 2021-04-01
    # (devgold-dl43 changqing, gold 2021), 大洼 《<政府工作报告>任务分解表》 2021-01-25 (devgold-un42 dawa).
    m = meta("名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号\n发布日期: 2023-01-30 08:56\n"
             "各乡镇人民政府:\n《政府工作报告》已经县十八届人民代表大会第二次会议审议通过。\n一、细化任务抓落实。")
    assert (m.title, m.date, m.plan_year) == ("泾县人民政府关于分解落实政府工作报告目标任务的通知", "2023-01-30", 2023)
    m = meta("市人民政府办公室关于印发《市七届人大七次会议〈政府工作报告〉主要工作任务分解落实意见》的通知\n"
             "鄂州政办发〔2016〕5号\n日期:2016-04-21\n各区人民政府:\n  现将意见印发给你们。\n一、总体要求")
    assert (m.title, m.plan_year) == ("市七届人大七次会议〈政府工作报告〉主要工作任务分解落实意见", 2016)
    m = meta("济南市长清区人民政府办公室\n关于印发《政府工作报告》重点工作任务分工的通知\n济长政办字〔2021〕3号\n"
             "各街道办事处:\n现将《政府工作报告》重点工作任务分工印发给你们。\n济南市长清区人民政府办公室\n2021年4月1日\n一、总体要求")
    assert (m.date, m.plan_year) == ("2021-04-01", 2021)
    assert meta("发布日期: 2021-01-25\n《政府工作報告》任務分解表\n一、总体要求").plan_year == 2021
    # undated, it names no year
    assert meta("关于印发《政府工作报告》重点工作任务分工的通知\n一、总体要求").plan_year is None


def test_the_year_of_a_revision_note_after_the_title_is_no_plan_year():
    # 清远 政府工作规则 (2019年11月修订): the rules as revised in 2019 are for no one year
    m = meta("清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n各县(市、区)人民政府:\n  新修订的《清远市人民政府工作规则》已经"
             "市政府常务会议审议通过。现印发给你们,请认真贯彻执行。\n清远市人民政府\n  2019年11月29日\n\n"
             "清远市人民政府工作规则(2019年11月修订)\n\n  一、根据《中华人民共和国宪法》,制定本规则。\n  二、市政府工作的准则是执政为民。")
    assert (m.title, m.date, m.plan_year) == ("清远市人民政府工作规则(2019年11月修订)", "2019-11-29", None)
    # a year in the title's own words still is
    assert meta("某县2023年工作要点(修订)\n一、加强领导").plan_year == 2023


def test_a_statistical_bulletin_is_titled_by_its_heading():
    # 洪洞/交城/嘉鱼 2019 (realdocs rd-036, rd-037, rd-038): 国民经济和社会发展统计公报
    m = meta("2019年嘉鱼县国民经济和社会发展统计公报\n\n发布时间:2020-04-30\n\n"
             "2019年,在党中央和省委、市委的坚强领导下,嘉鱼县委县政府锐意进取,真抓实干。\n\n一、综合\n\n全年生产总值增长7.5%。")
    assert (m.title, m.date, m.plan_year) == ("2019年嘉鱼县国民经济和社会发展统计公报", "2020-04-30", 2019)


def test_a_summary_without_its_year_before_the_next_years_plan_reports_on_the_year_before():
    # 农业农村局 2021 (realdocs rd-139), 街道 2023 (realdocs rd-111): '<X>工作总结及<Y>年工作计划' reports on Y-1, as
    # '雨山区卫健委2022年工作总结及2023年工作计划' does on 2022 (the yushan sample)
    m = meta("农业农村局工作总结及2021年工作计划\nXX市农业农村局\n(2021年1月4日)\n2020年是全面建成小康社会目标实现之年。\n"
             "一、2020年工作总结")
    assert (m.title, m.plan_year) == ("农业农村局工作总结及2021年工作计划", 2020)
    assert meta("街道工作总结及2023年工作思路\n2022年来,街道认真贯彻落实。\n一、2022年亮点工作").plan_year == 2022
    # a summary of another span keeps the plan's year: five years, a half year
    assert meta("乡镇过去五年工作总结暨2022年计划\n五年来,x镇全力推动建设。\n一、过去五年工作回顾").plan_year == 2022
    assert meta("民政局上半年工作总结及2023年下半年工作计划\n一、上半年工作").plan_year == 2023


def test_a_preview_pages_own_heading_is_the_title_rather_than_the_uploaded_files_name():
    # 淘文阁 镇容整治方案 (blind43 b4307): the uploader named the file 2022年…; the document's own heading, on the first
    # page chunk and printed twice before its first sentence, has no year (the blind gold reads the heading)
    m = meta("2022年镇容和环境卫生集中整治方案 .doc\n《2022年镇容和环境卫生集中整治方案 .doc》由会员分享,可在线阅读,更多相关"
             "《2022年镇容和环境卫生集中整治方案 .doc(3页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
             "1、镇容和环境卫生集中整治方案镇容和环境卫生集中整治方案为了彻底扭转镇区“脏、乱、差”现象,经镇政府研究,决定集中整治。"
             "一、时间及阶段划分第一阶段。")
    assert m.title == "镇容和环境卫生集中整治方案"
    # 政府部门工作总结及工作计划 (文库 preview without its header): the heading printed three times before the text
    m = meta("1、政府部门工作总结及工作计划政府部门工作总结及工作计划政府部门工作总结及工作计划随着时代的发展,各级政府部门在服务社会、推动经济发展等方面承担着越来越重要的角色。因此,政府部门需要认真总结过去一年的工作,制定出下一年的工作计划,以更好地服务社会,推进经济发展。本文从相关专业的角度出发,探讨政府部门工作总结及工作计划的意义和方法。一、总结过去一年的工作政府部门需要认真总结过去一年的工作,以了解当前工作的质量和进展,以及不足之处。这样有利于政府部门发现自身问题,及时解决问题,提高自身的工作水平和效率。总结过去一年的工作,应该注重以下几个方面:1.工作内容政府部门需要总结自己过去一年的工作内容,具体包\n"
             "2、括哪些方面的工作,每项工作的进展和质量如何。")
    assert m.title == "政府部门工作总结及工作计划"
    # the same name on both, but for the 《》 the file name keeps: the file name (嘉兴 民营经济 实施方案)
    m = meta("《嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案.docx》由会员分享,可在线阅读。\n"
             "1、嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的意见。")
    assert m.title == "嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案"


def test_a_sharing_sites_template_or_model_label_after_the_title_is_not_the_title():
    # 范文 sites label a piece 模板 or 例文 as they label it 范文 (word.be000.com 书香机关 创建工作方案 2023; haowendang
    # rd-109 街道社区发展办 工作总结和计划 2024): the plan's name ends at its kind, and the page is a sharing site's
    m = meta("栏目导航\n常用范文\n常用范文 > 2023年乡镇开展“书香机关”创建工作方案模板\n\n2023年乡镇开展“书香机关”创建工作方案模板\n\n"
             "发布时间:2025-05-09\n\n为深入贯彻落实党的二十大报告提出的“深化全民阅读活动”,相关创建工作方案如下:\n一、创建目的\n二、时间安排")
    assert (m.title, m.plan_year, m.date) == ("2023年乡镇开展“书香机关”创建工作方案", 2023, None)
    m = meta("2024年街道社区发展办工作总结和下半年工作计划例文\nxxxx年面对突如其来的新冠肺炎疫情,社区发展办迅速组织入户走访排查。\n一、工作开展情况")
    assert m.title == "2024年街道社区发展办工作总结和下半年工作计划"


def test_a_report_title_run_into_its_address_after_a_sites_watermark():
    # a 政府工作报告 saved as one line behind a sharing site's watermark sentences (devgold-sm43 xx-town 2023; seen in
    # search: 文库 镇政府工作报告汇编 '…2023年白鹤镇政府工作报告各位代表:现在,我代表…', 今日妙笔 '桥头镇2023年度政府工作报告各位代表:')
    m = meta("二心语文}创%素材[库:https://www.xinyuwenchuang.cn/。公众@号:笔杆子星域。整理汇总。XX镇2023年政府工作报告各位代表:"
             "现在,我代表镇人民政府,向大会报告政府工作,请予审议。一、2022年工作回顾刚刚过去的一年,面对经济下行压力加大。")
    assert (m.title, m.plan_year) == ("XX镇2023年政府工作报告", 2023)
    # a sentence that ends in 报告 before 各位代表 is no title (…向大会报告各位代表 is not printed so; 的报告。各位代表 has its 。)
    assert meta("现将有关情况报告如下。各位代表:请予审议。一、总体情况").title is None


def test_a_portals_publication_stamp_after_its_source_office_dates_an_undated_page():
    # 区农业农村局 2022年工作规划 (realdocs rd-007): '来源:<office> <date> <clock time> 浏览量:' under the title, no 落款
    m = meta("区农业农村局2022年工作规划\n来源:区农业农村局   2021-12-27 15:48   浏览量:1   | | | |\n\n"
             "2022年,区农业农村局将认真贯彻落实中央及省、市、区委决策部署。\n(一)抓好粮食生产")
    assert (m.date, m.plan_year) == ("2021-12-27", 2022)
    # without a clock time the date after 来源 is not taken for the stamp
    assert meta("区农业农村局2022年工作规划\n来源:区农业农村局 2021-12-27\n\n2022年,全力推动农业农村高质量发展。").date is None


def test_a_title_that_opens_with_a_cited_name_keeps_its_book_marks():
    # 长清 任务分工通知 2021 (devgold-dl43 changqing): '关于印发《政府工作报告》重点工作任务分工的通知': the title opens with
    # the report's name in 《》, which is part of it (only 《》 around the whole title are dropped)
    m = meta("济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n各街道办事处:\n一、经济发展")
    assert m.title == "《政府工作报告》重点工作任务分工"
    # 沈阳 政策解读 2023 (devgold-sm42 shenyang): a headline whose first part is a notice's name in 《》
    m = meta("《沈阳市人民政府关于印发2023年政府工作报告主要工作任务分解表的通知》政策解读\n时间:2023年01月20日\n一、形成过程")
    assert m.title == "《沈阳市人民政府关于印发2023年政府工作报告主要工作任务分解表的通知》政策解读"
    # 《》 around the whole title, and a stray mark, still go
    assert meta("《某县2023年工作要点》\n一、要求").title == "某县2023年工作要点"
    assert meta("某县2023年工作要点》\n一、要求").title == "某县2023年工作要点"
    # a wrapper printed without its issuer and 关于印发 (新乡 制造强市 三年行动计划 2023, realdocs rd-055)
    assert meta("《新乡市建设制造强市三年行动计划(2023—2025年)》的通知\n各县(市)、区人民政府:\n一、总体要求").title == \
        "新乡市建设制造强市三年行动计划(2023—2025年)"


def test_a_titles_run_into_a_body_opening_under_the_leadership_of():
    # 乡人民政府2022年上半年工作汇报 (devgold-sm44 xiezuo-huibao, saved as one line): the body opens '在县委、县政府的正确领导下,'
    m = meta("乡人民政府2022年上半年工作汇报在县委、县政府的正确领导下,乡深入学习贯彻党的十九大精神,各项工作任务稳步推进。"
             "现将半年工作开展情况及下一步工作计划作简要汇报。一、乡基本情况乡位于族自治县西南部。二、半年工作开展情况")
    assert (m.title, m.plan_year) == ("乡人民政府2022年上半年工作汇报", 2022)
    # a sentence that only mentions leadership is no title
    assert meta("全县上下在县委、县政府的坚强领导下,较好完成了2022年工作计划。\n一、主要成绩").title is None


def test_a_repost_sites_province_and_full_text_labels_around_a_title_are_not_the_title():
    # 公文搜 陇县 政府工作报告 2019 (blind44 b4406) and 管理制度网 双柏 2020 (realdocs rd-078) label a report (全文); 范文站
    # 民政局 总结和计划 (rd-128) labels it (完整) in its editor's sentence; 管理制度网 and 工程师网 put the province in brackets
    # before it ((云南省)…, (河北省)衡水市冀州区…规划 rd-084, (山东省)平邑县…报告 devgold-tg44 pingyi)
    m = meta("2019年陇县人民政府工作报告(全文)\n公文搜 2021-07-27 17:30:25 政府报告\n"
             "2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:"
             "现在,我代表县人民政府向大会作工作报告,请予审议。2019年工作回顾2019年,是陇县发展进程中极其关键的一年。")
    assert (m.title, m.plan_year) == ("2019年陇县人民政府工作报告", 2019)
    m = meta("(云南省)2020年双柏县人民政府工作报告(全文)\n——2020年5月20日在双柏县第十七届人民代表大会第四次会议上\n"
             "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2019年工作回顾")
    assert m.title == "2020年双柏县人民政府工作报告"
    m = meta("(河北省)衡水市冀州区国民经济和社会发展十四五规划(2022年更新)\n冀州区国民经济和社会发展 第十四个五年规划\n前 言\n"
             "“十四五”时期,是我国全面建成小康社会之后的五年。")
    assert m.title == "衡水市冀州区国民经济和社会发展十四五规划(2022年更新)"
    assert meta("某县2023年工作总结(完整版)\n一、主要工作").title == "某县2023年工作总结"
    # a bracket that says what the plan is stays (试行)(征求意见稿); a province in a real title is no label
    assert meta("某县突发环境事件应急预案(试行)\n一、总则").title == "某县突发环境事件应急预案(试行)"
    assert meta("云南省2020年卫生健康工作要点\n一、总体要求").title == "云南省2020年卫生健康工作要点"


def test_a_summary_titled_by_a_sharing_sites_year_reports_the_year_its_first_heading_names():
    # 范文站 date a summary by the year they post it, while its first heading reports the year before: 第一文档网
    # 全区水利 (realdocs rd-009 '2021年全区水利工作总结及2021年工作计划' / 一、2020年水利工作情况), 乡镇年度总结 (rd-041
    # '2023年乡镇年度工作总结' / 一、2022年度工作完成情况), 民政局 (rd-128 '…2022年市民政局年工作总结和工作计划(完整)' /
    # 一、2021年完成的主要工作): the year reported on is the heading's
    m = meta("2021年全区水利工作总结及2021年工作计划\n一、2020年水利工作情况\n2020年是极不平凡的一年。\n二、2021年工作计划")
    assert m.plan_year == 2020
    m = meta("下面是小编为大家整理的2023年乡镇年度工作总结,供大家参考。\n2022年以来,镇锚定两个确保。\n"
             "一、2022年度工作完成情况\n(一)学习宣传贯彻党的二十大精神情况")
    assert (m.title, m.plan_year) == ("2023年乡镇年度工作总结", 2022)
    m = meta("下面是小编为大家整理的2022年市民政局年工作总结和工作计划(完整),供大家参考。\n今年以来,全市民政系统认真贯彻落实。\n"
             "一、2021年完成的主要工作\n(一)民政系统疫情防控果断有力。")
    assert (m.title, m.plan_year) == ("2022年市民政局年工作总结和工作计划", 2021)
    # a plan keeps its own year though it first looks back (平阳 交通运输局 2024年工作计划 / 一、2023年亮点工作, devgold-dl46)
    m = meta("2024年平阳县交通运输局工作计划\n今年以来,我县交通运输工作取得了阶段性成效。\n一、2023年亮点工作\n(一)强省考核名列前茅。")
    assert m.plan_year == 2024
    # the heading of the same year as the title's summary changes nothing
    assert meta("雨山区卫健委2022年工作总结及2023年工作计划\n一、2022年工作总结\n二、2023年工作计划").plan_year == 2022


def test_a_bulletin_that_issues_a_report_is_a_wrapper_like_a_notice():
    # 寿县 政府工作报告 上半年落实情况 (devgold-sm42 shouxian, gold '2022年《政府工作报告》主要任务上半年落实情况'): the
    # 督查室 issues the report by a 通报, '关于印发…的通报', as an office issues a plan by a 通知
    m = meta("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n\n发布时间:2022-08-23 14:52信息来源:寿县人民政府\n\n"
             "各乡镇人民政府,县政府各部门:\n根据县政府工作安排,县政府督查室进行了专项督查。\n一、总体情况")
    assert m.title == "2022年《政府工作报告》主要任务上半年落实情况"
    assert meta("关于转发《某市安全生产大检查情况》的通报\n各乡镇:\n一、总体情况").title == "某市安全生产大检查情况"
    # a 通报 of its own (no 印发/转发) is titled by itself (留坝 创森迎检 督查 通报, devgold-sm43)
    assert meta("关于留坝县创森迎检工作督查情况的通报\n为迅速落实会议精神,市创建办进行了督查。\n一、总体情况").title == \
        "关于留坝县创森迎检工作督查情况的通报"
    # the 通报 printed again below the page's header, over two lines, is the transmittal, not the report's own heading
    m = meta("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n\n发布时间:2022-08-23 14:52信息来源:寿县人民政府\n\n"
             "寿县人民政府督查室           2022年8月19\n\n关于印发2022年《政府工作报告》主要任务\n\n上半年落实情况的通报\n\n"
             "各乡镇人民政府,县政府各部门:\n根据县政府工作安排,县政府督查室进行了专项督查。\n一、总体情况")
    assert m.title == "2022年《政府工作报告》主要任务上半年落实情况"


def test_a_title_printed_twice_is_not_joined_to_the_site_lines_above_its_first_print():
    # 大秘书 村庄清洁行动 通知 2021 (realdocs rd-134): the site's app prompt sits right above the title, which the page
    # prints again under its 栏目/发布 line; 公文荟萃 乡镇 五年总结 (rd-043): the account's name above it, the same
    m = meta("电脑桌面\n添加大秘书到电脑桌面\n安装后可以在桌面快捷访问\n\n关于开展村庄清洁行动夏季战役的通知\n\n"
             "栏目:工作计划发布:2021-05-29浏览:2808下载269次收藏\n\n关于开展村庄清洁行动夏季战役的通知\n\n"
             "各县(市)区改善农村人居环境工作领导小组办公室:\n为深入贯彻总书记重要指示精神,现就有关事项通知如下。\n一、工作目标")
    assert m.title == "关于开展村庄清洁行动夏季战役的通知"
    m = meta("公文写作素材驿站\n\n乡镇过去五年工作总结暨2022年计划\n\n2021-12-04 09:09:27 网站:公文荟萃\n\n"
             "乡镇过去五年工作总结暨2022年计划\n\n  五年来,x镇坚持以城带乡。\n一、主要工作")
    assert (m.title, m.plan_year) == ("乡镇过去五年工作总结暨2022年计划", 2022)
    # a title wrapped over two lines still joins (its second piece is not printed again alone)
    m = meta("西乡县人民政府\n\n关于印发《2023年县政府工作报告任务分解\n\n一览表》的通知\n\n各镇人民政府:\n现将一览表印发给你们。\n一、要求")
    assert m.title == "2023年县政府工作报告任务分解一览表"


def test_a_law_collection_sites_headline_number_and_quoted_notice_marks_its_time_as_a_repost_time():
    # 0798ci.com and its copies head a notice '<文号>《<the notice's title>》' over '浏览量: 时间:<stamp>': the stamp is
    # when the site collected it (武汉 2019 责任分解 oa08 '时间:2020-02-16', 山东 2014 预算改革 devgold-sm42 '时间:2016-01-17',
    # 武汉 2023 devgold-dl45 '時間:2024-01-10'; both golds: no date), while its signature still dates it (十堰 2016 rd-012,
    # 北京 2016 rd-060)
    m = meta("武政办〔2019〕1号《武汉市人民政府办公厅关于印发2019年市〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n\n"
             "浏览量:          时间:2020-02-16 04:20:51\n\n"
             "《武汉市人民政府办公厅关于印发2019年市〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n\n武政办〔2019〕1号\n\n"
             "各区人民政府,市人民政府各部门:\n《2019年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意,现印发给你们。\n"
             "一、加强组织领导。")
    assert (m.doc_number, m.date, m.plan_year) == ("武政办〔2019〕1号", None, 2019)
    m = meta("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n浏览量: 时间:2017-03-01 10:00:00\n"
             "京政办发〔2016〕26号\n各区人民政府:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们。\n北京市人民政府办公厅\n2016年5月28日\n一、总体要求")
    assert m.date == "2016-05-28"
    # an official page's 发布时间 under a title without a 文号 before it still dates it (池州 2018, blind43 b4310)
    m = meta("池州市人民政府关于印发池州市2018年重点工作任务分解的通知\n来源:池州市政府网 浏览次数: 发布时间:2018-01-26 20:57:53\n"
             "池政〔2017〕101号\n各县、区人民政府:\n现将任务分解印发给你们。\n一、工作任务")
    assert m.date == "2018-01-26"


def test_a_collection_sites_year_tag_after_a_title_is_not_part_of_it():
    # 统计公报 collection site (tjgb.hongheiku.com): the page title carries the site's year tag after a space
    # (凤庆 2021 open45a oa02 '…统计公报 2021', 云和 2022 devgold-tg45 '…统计公报 2022'), over its 选择区域:>> widget
    m = meta("凤庆县2021年国民经济和社会发展统计公报 2021\n\n选择区域:>>\n\n2021年,全县上下认真贯彻落实市委、市政府决策部署。\n\n一、综合\n\n"
             "初步核算,全县实现地区生产总值1620612万元。")
    assert (m.title, m.plan_year) == ("凤庆县2021年国民经济和社会发展统计公报", 2021)
    # a year range is the plan's own (三年行动计划 2023-2025 stays whole as printed)
    assert meta("某县三年行动计划 2023-2025\n一、总体要求").title != "某县三年行动计划"


def test_a_title_that_names_a_part_of_the_year_without_the_year_is_for_the_year_of_its_date():
    # 吕梁 商务局 下半年促消费 2025 (open45b ob09, gold plan_year 2025): '关于开展下半年促销费活动的通知', 成文日期 2025-08-22;
    # the same with a quarter (舟曲 '关于第一季度全县城乡环境卫生综合整治情况督查通报', 2020-04-10) or a season (大秘书 rd-134
    # '关于开展村庄清洁行动夏季战役的通知', 2021-05-29)
    m = meta("标      题: 吕梁市商务局吕梁市财政局关于开展下半年促销费活动的通知\n成文日期: 2025年08月22日\n\n各县市、区商务主管部门:\n"
             "为贯彻落实全市促消费工作部署,现就促消费活动通知如下:\n一、活动主题")
    assert m.plan_year == 2025
    m = meta("关于第一季度全县城乡环境卫生综合整治情况督查通报\n发布时间:2020-04-10\n各乡镇:\n现将督查情况通报如下。\n一、总体情况")
    assert m.plan_year == 2020
    m = meta("关于开展村庄清洁行动夏季战役的通知\n发布:2021-05-29 浏览:2808\n各县(市)区:\n现就有关事项通知如下。\n一、工作目标")
    assert m.plan_year == 2021
    # a notice about the Spring Festival may be dated the December before it: no year from the date
    m = meta("关于做好春节期间困难群众慰问工作的通知\n发布时间:2019-12-20\n各社区:\n现就有关事项通知如下。\n一、对象范围")
    assert m.plan_year is None


def test_a_page_chunks_title_run_on_into_its_body_after_a_space():
    # 文库 乡镇2023年工作要点 (open45b ob02): '1、乡镇2023年工作要点 2023年是“十三五规划开局之年。…' (page chunks of a preview,
    # the title and the body's first sentence parted by a space only; the first chunk as printed)
    m = meta('1、乡镇2023年工作要点 2023年是“十三五规划开局之年。乡党委政府将在县委、县政府的领导下,以邓小平理论和“三个代表重要思想为指导,深入落实科学开展观,按照“做强产业,做美环境,做实旅游,做优效劳的工作思路,认真践行“三严三实,狠抓落实,力争各项工作出众、出色、出彩。 全年经济社会开展预期目标:全乡GDP达2.92亿元,比上年增加0.26亿元,增长10%;农村经济总收入达2.63亿元,增加0.24亿元,增长10%;农民人均纯收入达11963元,增加1088元,增长11%,自然人口增长率控制在6以内, 一、做强产业 1.做大做强茶产业。依托雅雨露茶业,建设好茶叶基地,创立茶叶品牌。坚决禁用高度'
             "\n2、高残农药,实现无公害茶叶。")
    assert (m.title, m.plan_year) == ("乡镇2023年工作要点", 2023)


def test_a_sharing_sites_label_title_gives_way_to_the_documents_own_fuller_heading_above_its_body():
    # 二十一文明网 教育体育局 年终总结 (open45a oa03, gold '2020县教育体育局年终工作总结报告'): the site titles the piece
    # '…报告范本' and the document's own heading, printed right above its body, adds the year; 期刊天下 防汛检查 总结
    # (devgold-dl46 fangxun: '防汛防台抗旱检查工作总结范文(通用7篇)' … '2010年防汛防台抗旱检查工作总结') the same
    m = meta("当前位置:二十一文明网>专题范文 > 公文范文 > 县教育体育局年终工作总结报告范本\n\n县教育体育局年终工作总结报告范本\n\n"
             "时间:2023-09-12 12:30:33 公文范文 来源:网友投稿\n\n下面是小编为大家整理的县教育体育局年终工作总结报告范本,供大家参考。\n\n"
             "县教育体育局年终工作总结报告范本\n\n2020县教育体育局年终工作总结报告\n\n"
             "       根据要求,现将**县教育体育局2020年度工作总结报告如下。\n\n一、基本情况\n\n       2020年,全县共有各级各类学校487所。")
    assert (m.title, m.plan_year) == ("2020县教育体育局年终工作总结报告", 2020)
    m = meta("防汛防台抗旱检查工作总结范文\n\n2024-10-01\n\n防汛防台抗旱检查工作总结范文(通用7篇)\n\n防汛防台抗旱检查工作总结范文 篇1\n\n"
             "2010年防汛防台抗旱检查工作总结\n\n按市防汛防旱指挥部的统一部署,我市开展了全市防汛防旱汛前大检查。\n\n一、防汛检查开展情况")
    assert (m.title, m.plan_year) == ("2010年防汛防台抗旱检查工作总结", 2010)
    # only a heading that dates the site's title: not a keyword line or a download note around it (第一文档网, 文库 rd-044)
    m = meta("2023年镇政府工作报告\n\n2023-04-25 15:10:15   第一文档网     [ 字体: ] [ 阅读: ]\n镇政府,工作报告,2023年镇政府工作报告\n\n"
             "各位代表:\n现在,我代表镇人民政府报告工作。\n一、2022年工作回顾")
    assert m.title == "2023年镇政府工作报告"


def test_a_demonstrative_before_the_name_in_a_sharing_sites_editor_sentence_is_not_the_title():
    # yyqweb 民政局 上半年总结 2021 (open45b ob07): '…为你整理了这篇2021年上半年民政局重点工作总结范文,希望…'
    m = meta("【概述】\n结合当前工作需要,的会员“yaoyao1”为你整理了这篇2021年上半年民政局重点工作总结范文,希望能给你的学习、工作带来参考借鉴作用。\n"
             "【正文】\n一、基本民生保障方面\n(一)城乡低保工作。按时发放低保金。")
    assert m.title == "2021年上半年民政局重点工作总结"


def test_an_untitled_disclosure_page_is_titled_by_its_content_summary_field_when_it_holds_a_name():
    # 金华 文广旅局 信息公开 (realdocs rd-146 2024; devgold-un42 jinhua-wenlv 2023): the page is the task table alone, and the
    # index table's 内容概述 field names it ('2024年重点工作任务二季度进展情况')
    m = meta("索引号: | 11330700002592513L/2024-14140 | 发布机构: | 市文化广电旅游局 | 发文时间: | 2024-08-09 16:29:18 | ||\n"
             "文号: | 主题分类: | 登记号: | |||||\n生成日期: | 2024-08-09 16:29:18 | 内容概述: | 2024年重点工作任务二季度进展情况 |\n"
             "序号 | 工作任务 | 推进情况 |\n17 | 加快推进上山考古遗址公园建设 | 已完成主体工程。 |")
    assert (m.title, m.plan_year) == ("2024年重点工作任务二季度进展情况", 2024)
    # a field holding a sentence is no title (石泉 2021 rd-018: '内容概述 现将《…》印发给你们,请认真抓好落实')
    m = meta("内容概述 现将《石泉县2021年政务公开工作任务分解一览表》印发给你们,请认真抓好落实。\n一、工作任务")
    assert m.title != "现将《石泉县2021年政务公开工作任务分解一览表》印发给你们,请认真抓好落实"


def test_a_summary_titled_by_a_sharing_sites_year_reports_the_earlier_year_its_body_opens_with():
    # 好笔杆子网 县教育局 (devgold-sm43 county-edu, gold plan_year 2022): titled '县教育局2023年工作总结和2023年工作计划', its text
    # opens '2022年,**县教育局…' under the site's blurb (its first heading, 一、2022年工作成效及亮点, names no annual kind);
    # 77范文网 全市卫生健康 (devgold-tg44 city-2022): '2023年度全市卫生健康工作总结(2023年)' over '2022年,全市卫生健康系统…'
    m = meta("县教育局2023年工作总结和2023年工作计划\n\n工作计划 时间:2023-02-24 12:14:02 收藏 WORD下载\n\n"
             "摘要:好笔杆子网小编为你整理了多篇相关的《县教育局2023年工作总结和2023年工作计划》,但愿对你工作学习有帮助。\n\n"
             "2022年,**县教育局在县委、县政府高度重视及正确领导下,扎实开展教育工作。\n\n一、2022年工作成效及亮点\n\n党建工作不断加强巩固。")
    assert m.plan_year == 2022
    # a summary that opens with its own year keeps it
    assert meta("县教育局2023年工作总结\n2023年,县教育局扎实开展教育工作。\n一、工作成效").plan_year == 2023


def test_a_news_headline_may_open_with_its_place_or_agency_and_a_colon():
    # 南方财经 杭州 健康治理 2023 (devgold-tg43 hangzhou-news), 甘肃 粮食产量 2023 (devgold-tg42 gansu): news headlines put the
    # place or the agency first, with a colon ('杭州:到2025年 基本建成…', '甘肃:今年粮食产量保持在1200万吨以上')
    m = meta("杭州:到2025年 基本建成具有杭州特色的健康治理体系\n最新信息\n杭州:到2025年 基本建成具有杭州特色的健康治理体系\n"
             "2023-10-30 14:57:00\n南方财经10月30日电,据杭州市人民政府网站消息,杭州市人民政府办公厅印发健康杭州行动方案。")
    assert (m.title, m.date) == ("杭州:到2025年基本建成具有杭州特色的健康治理体系", "2023-10-30")
    m = meta("您的位置:首页 > 产经 >\n甘肃:今年粮食产量保持在1200万吨以上\n2023-04-20 10:52:52 来源:互联网\n(资料图片)\n"
             "“甘肃发布”微信公众号4月20日消息,甘肃省委、甘肃省人民政府发布实施意见。")
    assert (m.title, m.plan_year) == ("甘肃:今年粮食产量保持在1200万吨以上", 2023)
    # a sentence is no headline, nor a line of two labels (会议要求:…。, 作者:… 来源:…)
    assert meta("会议要求:全体干部职工要像开展防控工作一样,做好各项工作。\n2023-04-20 10:52:52 来源:互联网\n正文。").title is None
    assert meta("作者:蒋奇慧 审核:王明明 责任编辑部\n2021-11-19 14:32 来源:安康市应急管理局\n正文。").title is None


def test_an_indent_lost_as_question_marks_before_the_signer_and_the_signing_date():
    # 泰州 长江保护修复 实施方案 2019 (blind45 b4505), a mirror of the notice: the right-aligned 落款 lost its full-width
    # spaces as '?' ('??? 泰州市人民政府办公室' / '???? 2019年8月26日'); the signature still beats the page's 发布日期
    m = meta("- 信息来源:市政府\n- 发布日期:2019-09-10 16:05\n各市(区)人民政府:\n《某方案》已经市政府同意,现印发给你们。\n?\n"
             "??? 泰州市人民政府办公室\n???? 2019年8月26日\n(此件公开发布)\n?\n某方案\n一、工作目标")
    assert m.date == "2019-08-26"


def test_a_reports_delivery_date_wins_over_the_pages_issue_date_field():
    # 乌镇镇 2016年政府工作报告 (blind45 b4506): the page's table says 发文日期: 2017-01-25, the report was delivered
    # 2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上: that is the document's own date, printed in it
    m = meta("公开方式: 主动公开 发文日期: 2017-01-25\n组配分类: 政府工作报告 文件编号:\n2016年政府工作报告\n"
             "发布时间:2020-11-25  14:55 来源: 浏览次数: 打印\n政 府 工 作 报 告\n"
             "2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上\n姚富强\n各位代表:\n一、过去五年工作简要回顾")
    assert m.date == "2017-01-09"


def test_a_page_without_its_title_reports_on_the_year_its_opening_sentence_names():
    # 福清 上半年预算执行情况 2023 (blind45 b4510): '我受市人民政府委托,现将2023年上半年预算执行情况报告如下:';
    # 勤** 民生实事 2023 (realdocs rd-136): '现将勤**2023年十件民生实事完成情况汇报如下'
    m = meta("主任、各位副主任、各位委员:\n我受市人民政府委托,现将2023年上半年预算执行情况报告如下:\n一、上半年预算收支情况\n"
             "严格执行2022年决算。")
    assert m.plan_year == 2023
    m = meta("各位代表:\n现将镇2023年工作推进情况及2024年工作谋划报告如下:\n一、2023年工作")
    assert m.plan_year == 2023
    # a past year named as a comparison base is no year reported on
    assert meta("各位委员:\n现将上半年工作报告如下:\n一、工作\n比2021年增长5%。").plan_year != 2021


def test_a_news_page_whose_headline_was_cut_is_of_the_year_of_its_dateline():
    # 工人日报 辽宁省总工会 2020 (blind45b c4507): the excerpt opens at the byline '刘旭' over the dateline
    # '2020年01月06日09:05 来源:《工人日报》'; no headline, but a news report all the same: of its date's year
    m = meta("刘旭\n2020年01月06日09:05 来源:《工人日报》\n1月3日,辽宁省总工会在十一届全委(扩大)会议上,安排今年的重点工作。\n"
             "据了解,辽宁省总在2018年8月27日召开的十一届六次全委(扩大)会议上推出实施意见。")
    assert (m.title, m.date, m.plan_year) == (None, "2020-01-06", 2020)
    # one that reports last year (人民网 黑河 2021-02-24, realdocs rd-080: 去年,黑河市…) is not of its date's year
    m = meta("刘某\n2021年02月24日08:48 来源:黑河日报\n2020年,黑河市统筹疫情防控和农业农村经济社会发展。\n"
             "粮食生产再夺丰收。去年,黑河市农业农村部门坚持一手抓稳产保供。")
    assert m.plan_year != 2021


def test_a_news_headline_over_a_source_line_or_an_author_before_the_dateline():
    # 人民网 黑河 2021 (realdocs rd-080): headline / 来源:黑河日报 / 2021年02月24日08:48; 长城网 定州 2020 (devgold-un42):
    # headline / 来源: 长城网   作者:田桂云 薛宁 / 2020-05-08 19:23:09; the source line sits between headline and date
    m = meta("黑河市2020年农业农村工作亮点纷呈\n\n来源:黑河日报\n\n2021年02月24日08:48  \n\n"
             "2020年,黑河市统筹疫情防控和农业农村经济社会发展。去年,黑河市农业农村部门坚持稳产保供。")
    assert (m.title, m.date, m.plan_year) == ("黑河市2020年农业农村工作亮点纷呈", "2021-02-24", 2020)
    m = meta("长城原创 >\n\n定州多部门联合检查 10家企业被责令整改\n\n来源: 长城网   作者:田桂云 薛宁 \n2020-05-08 19:23:09\n分享:\n\n"
             "  长城网讯(田桂云 薛宁)5月7日,定州市开展联合检查。")
    assert m.title == "定州多部门联合检查 10家企业被责令整改"
    # 安康市应急管理局 紫阳 2021 (devgold-un42): the author printed before 发布时间 on the dateline
    m = meta("紫阳县开展安全生产暨专项整治三年行动专项督查\n\n作者:蒋奇慧发布时间:2021-11-19 14:32\n\n为认真贯彻落实专项整治工作,开展督查。")
    assert (m.title, m.date) == ("紫阳县开展安全生产暨专项整治三年行动专项督查", "2021-11-19")


def test_a_report_opening_with_xiang_body_baogao_names_its_year():
    # 潮阳 审计工作报告 2023 (realdocs rd-103): no title; '我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行…'
    m = meta("汕头市潮阳区审计局局长 郑创平\n2023年9月28日\n主任、各位副主任、各位委员:\n"
             "我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n"
             "区审计局依法审计了2022年度区级预算执行情况。")
    assert m.plan_year == 2022


def test_a_government_sites_menu_line_above_the_title_is_not_part_of_it():
    # 中卫 沙坡头区统计局 2023 (blind46b c4620): the site's menu '首页 政府信息公开 新闻中心 …' printed over the notice's
    # heading is no first piece of a wrapped title; a sharing site's menu '网站首页 个人文档 个人总结 …' (realdocs rd-129) neither
    m = meta("无障碍浏览 长者模式\n登录个人中心\n首页 政府信息公开 新闻中心 网上办事 互动交流 走进沙坡头\n\n"
             "中卫市沙坡头区统计局关于做好沙坡头区工业个体经营户抽样调查工作的通知\n\n"
             "索引号 640502035/2023-00297 文号 卫沙统发〔2023〕28号 生成日期 2023-12-08\n\n各乡镇,中卫工业园区:\n\n"
             "为认真贯彻落实有关制度,现将有关事项通知如下:\n\n一、高度重视,切实加强组织领导\n\n规模以下工业抽样调查是重要依据。")
    assert m.title == "中卫市沙坡头区统计局关于做好沙坡头区工业个体经营户抽样调查工作的通知"


def test_a_progress_form_is_titled_by_its_heading_and_dated_by_its_filling_date():
    # 广水 水利和湖泊局 2025 (blind46 c4610): the form's heading '…落实情况统计表' (a form named like …进展情况表), the
    # site's 发布时间 2025-04-14, then '单位(盖章):… 填报时间:2025年4月8日' and the form's header row one cell a line;
    # the heading is the title (not the header cells run together: …存在问题及下一步工作措施), the 填报时间 the form's date
    m = meta("广水市水利和湖泊局2025年一季度《政府工作报告》落实情况统计表\n  • 发布时间:2025-04-14\n"
             "  • 信息来源:广水市水利和湖泊局\n\n单位(盖章):广水市水利和湖泊局      填报时间:2025年4月8日\n\n序号\n\n牵头单位\n\n"
             "工作任务\n\n目前完成情况、存在问题及下一步工作措施\n\n完成进度(%)\n\n备注\n\n12\n\n市水利和湖泊局\n\n"
             "56.做好农村自来水管网改造,新增充电桩300个。\n\n总投资2.6亿元,32个村的管网延伸工程已完工。\n\n90%\n")
    assert (m.title, m.date, m.plan_year) == ("广水市水利和湖泊局2025年一季度《政府工作报告》落实情况统计表", "2025-04-08", 2025)


def test_a_notice_handing_on_two_plans_is_titled_by_the_plan_whose_heading_follows():
    # 平江县 2020 (open47c pe06): 关于印发《A工作要点》和《B工作要点》的通知, then the text of A under its own heading
    m = meta("平江县人民政府办公室关于印发《平江县2020年政务管理服务工作要点》和《平江县2020年政务公开工作要点》的通知"
             "(平政办发〔2020〕5号)\n\n各乡镇人民政府,县直各单位:\n\n《平江县2020年政务管理服务工作要点》和《平江县2020年政务公开"
             "工作要点》已经县人民政府同意,现印发给你们,请认真贯彻执行。\n\n平江县人民政府办公室\n\n2020年6月3日\n\n\n"
             "平江县2020年政务管理服务工作要点\n\n以新时代思想为指导,全面贯彻精神。\n\n一、服务复工复产工程\n\n"
             "(一)促进惠企政策落地见效。围绕复工复产需求推动政务数据共享。")
    assert (m.title, m.doc_number, m.plan_year) == ("平江县2020年政务管理服务工作要点", "平政办发〔2020〕5号", 2020)
    # without the plan's own heading below, the first plan named is the title
    m = meta("平江县人民政府办公室关于印发《平江县2020年政务管理服务工作要点》和《平江县2020年政务公开工作要点》的通知\n\n"
             "各乡镇人民政府,县直各单位:\n\n现印发给你们,请认真贯彻执行。\n\n一、服务复工复产工程\n\n(一)促进惠企政策落地见效。")
    assert m.title == "平江县2020年政务管理服务工作要点"


def test_a_reposting_sites_breadcrumb_under_its_own_name_marks_its_time_as_a_repost_time():
    # 龙岩 交通物流 九条措施 2023 (blind46 c4601) reposted on 高新技术企业认定网: '1. 高新技術企業認定網 > 動態信息 > 政府動態 >'
    # then '發布時間:2023-07-24內容編輯:…': the site's posting time, no date of the measures (the sharing-site ruling)
    m = meta("1. 高新技術企業認定網 > 動態信息 > 政府動態 >\n\n      龍巖市推動交通物流業高質量發展九條政策措施\n\n"
             "      發布時間:2023-07-24內容編輯:宇辰管理 點擊數:\n\n      為促進我市物流企業不斷做大做強,特制定本措施:\n"
             "      1.支持運輸企業發展。對納入規上服務業管理的交通物流企業給予獎勵。")
    assert (m.title, m.date) == ("龍巖市推動交通物流業高質量發展九條政策措施", None)
    # a signing date on such a page still dates it (杭州网 rd-048: 发布时间 2020-05-29, signed 2020年5月20日)
    m = meta("所在位置: 杭州网 > 热点专题\n杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n"
             "发布时间:2020-05-29 14:36:23\n\n各区、县(市)人民政府:\n\n现印发给你们,请认真贯彻执行。\n\n"
             "杭州市人民政府办公厅\n2020年5月20日\n\n一、加强领导")
    assert m.date == "2020-05-20"
    # a government site's breadcrumb starts at its 首页, or names the government: its 发布时间 stays the page's date
    m = meta("当前位置: 首页 > 政务公开 > 规划计划\n某县2023年工作要点\n发布时间:2023-03-01\n\n一、加强领导")
    assert m.date == "2023-03-01"
    m = meta("某县人民政府网 > 政务公开 > 规划计划\n某县2023年工作要点\n发布时间:2023-03-01\n\n一、加强领导")
    assert m.date == "2023-03-01"


def test_a_title_without_its_year_printed_again_into_the_body_takes_the_year_the_body_opens_with():
    # xiaomilidoc 区林业局 上半年总结 (open48b pg09), saved as one line: the title's year is a placeholder XX, the body
    # right after it opens with 2016 年,
    m = meta("区林业局关于 XX 年上半年工作总结 2016 年,我区林业工作按照省、市下达的工作任务,紧紧围绕区委、区政府的中心工作,"
             "现将上半年工作总结如下: 一、重点林业项目进展情况 今年我区计划完成造林 0.8 万亩")
    assert m.plan_year == 2016
    # the title on its own lines, then printed again run into the body (open47a pc08): a half-year summary's
    # 2024年以来 is its year
    m = meta("X县农业农村局半年度工作总结\nX县农业农村局半年度工作总结\nX县农业农村局半年度工作总结2024年以来,县农业农村局深入贯彻落实"
             "关于“三农”工作重要指示精神。\n一、上半年工作完成情况\n(一)发展高质高效海岛农业。完成粮食播种面积1.3万亩以上。")
    assert (m.title, m.plan_year) == ("X县农业农村局半年度工作总结", 2024)
    # after another title 2021年以来 may open a review of several years: no plan year from it
    m = meta("县林业局工作总结\n县林业局工作总结2021年以来,完成重点区域森林建设。\n一、主要工作\n(一)造林绿化。完成造林1万亩。")
    assert m.plan_year is None


def test_a_policy_digest_running_the_notice_into_its_document_is_titled_by_the_name_printed_after_the_signing_date():
    # 查策网 digest of 莆田 人社局 补短板 攻坚方案 2022 (open48b pg03): one line, sentences joined by commas; the document
    # named in 《》 is printed again right after the signer and the signing date
    m = meta("局机关各科室、局属各单位:根据《莆田市机关效能建设领导小组关于印发<2022年度省对市绩效管理公众评议工作提升措施>的通知》"
             "(莆效综〔2022〕2号)文件要求,现将我局《2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案》"
             "印发给你们,莆田市人力资源和社会保障局2022年8月18日2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案"
             "从2021年省对市公众评议评价指标看,现就做好2022年度工作制定本方案,二、工作举措(一)开展就业创业服务提升专项行动,责任科室"
             "(单位):办公室牵头。")
    assert (m.title, m.date, m.plan_year) == (
        "2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案", "2022-08-18", 2022)
    # 盘州 企业上市 暂行办法 2022 (open47c pe05): adopted at a meeting, the date without a signer
    m = meta("各金融机构:《盘州市关于支持企业上市(挂牌)暂行办法》经市政府2022年第9次(二届政府第10次)常务会议审议通过,2022年6月5日"
             "盘州市关于支持企业上市(挂牌)暂行办法第一章总则第一条为切实助推企业上市(挂牌),第二条适用本办法的企业是指工商、税务、"
             "统计关系均在我市范围内的企业,每年预算安排5000万元支持企业上市(挂牌)资金。")
    assert (m.title, m.date, m.plan_year) == ("盘州市关于支持企业上市(挂牌)暂行办法", "2022-06-05", None)
    # a date after the transmittal that is no signature: the document's name does not follow it
    m = meta("各科室:现将《2023年工作要点》印发给你们,2023年3月1日起施行,请认真贯彻执行。\n一、加强领导\n(一)健全机制。")
    assert m.date != "2023-03-01"


def test_a_repost_stamp_printed_day_month_year_marks_the_line_above_as_a_news_headline():
    # baogaosu repost of a 财政厅 news item (上虞 体育 2018, open48a pf05): '10.08.2018 15:00' under the headline is the
    # repost's time: the headline titles the page, the stamp dates nothing
    m = meta("上虞区“四个+”提升体育发展贡献度\n10.08.2018 15:00\n本文来源: 财政厅\n"
             "一是体育+旅游。结合区内旅游景区,安排专项赛事经费1000余万元,举办国际马拉松赛等品牌赛事6次。\n"
             "二是体育+健身。每年安排专项开放资金350万元。")
    assert (m.title, m.date, m.plan_year) == ("上虞区“四个+”提升体育发展贡献度", None, None)


def test_an_untitled_notice_dated_by_its_doc_number_only_is_of_that_year_when_its_body_names_it():
    # 许昌 2020 (devgold-dl42) and 甘肃 2022 (open46b pb01): saved from the 文号 down, no title, no date; the body hands on
    # that year's work
    m = meta("许政 [2020] 20号\n各县(市、区)人民政府,市人民政府各部门:\n现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到"
             "各责任单位。各责任单位要尽快制定具体落实方案,年底前向市政府报告全年落实情况。\n一、加快产业转型\n(一)推进制造业升级。")
    assert (m.title, m.doc_number, m.plan_year) == (None, "许政 [2020] 20号", 2020)
    # a notice handing on a 十四五 plan names no year of its own: none
    m = meta("拉政办发〔2024〕33号\n各县(区)人民政府:\n为持续深化“无废城市”建设工作,研究制定了《拉萨市“十四五”时期“无废城市”建设"
             "提质增效实施方案》,现印发给你们,请认真贯彻落实。\n一、总体要求\n(一)指导思想。")
    assert m.plan_year is None


def test_a_collections_piece_number_after_the_kind_is_no_part_of_the_title():
    # 范文站 / 新文秘网 number the pieces of a collection after the kind: "…工作计划(一)" (open47a pc04, 5篇),
    # "…调研报告(四)" (blind47b c4720); like 篇1 it is the site's, not the title's
    m = meta("农村人居环境整治工作计划(一)\n为进一步做好农村人居环境建设工作,制定本方案:\n一、目标任务\n(一)农村生活污水治理。")
    assert m.title == "农村人居环境整治工作计划"
    m = meta("**镇2021年经济社会发展情况及2022年工作规划调研报告(四)\n一、2021年工作总结\n今年以来,全镇经济综合实力不断增强。")
    assert m.title == "**镇2021年经济社会发展情况及2022年工作规划调研报告"
    # a status in brackets stays: (试行), and a heading's (一) in the body is no title
    assert meta("某县招商引资优惠政策(试行)\n一、总则\n(一)为加快发展,制定本政策。").title == "某县招商引资优惠政策(试行)"


def test_a_wrapper_naming_its_plans_with_several_quoted_report_names_is_still_a_wrapper():
    # 嘉鱼 2024 (blind47b c4712): "关于印发 2024年县《政府工作报告》确定的…方案和2024年市《政府工作报告》涉及…方案的通知": the
    # bare name of the plans may quote 《政府工作报告》 more than once; the wrapper still goes
    m = meta("县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼"
             "重点事项责任分解方案的通知\n各镇人民政府,县政府各部门:\n现印发给你们,并就有关事项通知如下。\n一、务必高度重视。")
    assert m.title == ("2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼重点事项责任分解方案")
