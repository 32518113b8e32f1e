"""The numbered tree on the forms the issue names: nesting, continuity, odd spacing, non-structure."""
from __future__ import annotations

from pathlib import Path

import planparse


def tree(text: str) -> list[tuple[str, str, str]]:
    return [(s.id, s.marker, s.title) for s in planparse.parse(text).iter_sections()]


def test_levels_follow_nesting_not_a_fixed_table():
    text = "一、加强领导\n1.落实责任。全面推进。\n2.强化考核\n二、完善体系\n(1)健全网络"
    assert tree(text) == [("1", "一、", "加强领导"), ("1.1", "1.", "落实责任"), ("1.2", "2.", "强化考核"),
                          ("2", "二、", "完善体系"), ("2.1", "(1)", "健全网络")]


def test_items_numbered_across_sections_keep_their_printed_numbers():
    text = "一、甲\n1.一号\n2.二号\n二、乙\n3.三号\n4.四号"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.2", "2", "2.3", "2.4"]


def test_numbering_restarting_under_each_parent():
    text = "一、甲\n(一)子一\n1.孙一\n2.孙二\n(二)子二\n1、孙一\n2.孙二"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2"]


def test_full_width_brackets_digits_and_spaces_after_markers():
    text = "一、  总体要求\n（一） 指导思想：坚持人民至上。\n１．完善机制；加强保障\n(二) 主要目标"
    assert tree(text) == [("1", "一、", "总体要求"), ("1.1", "（一）", "指导思想"), ("1.1.1", "１．", "完善机制"),
                          ("1.2", "(二)", "主要目标")]


def test_one_line_document_finds_markers_mid_line():
    body = "。".join(["一、总体要求。全面贯彻落实" + "各项部署" * 40, "二、主要任务。1.加强领导" + "工作" * 60,
                     "2.完善机制" + "措施" * 60, "三、保障措施。强化考核" + "要求" * 60])
    assert [i for i, _, _ in tree(body)] == ["1", "2", "2.1", "2.2", "3"]


def test_decimals_festival_dates_and_ordinals_in_names_are_not_structure():
    text = ("一、宣传活动\n5.12护士节前后开展宣传。\n3.5万人参加义诊。\n二、一级医院建设\n"
            "1.推进建设\n2022年度目标已完成。\n一、二级医院同步推进。")
    assert [i for i, _, _ in tree(text)] == ["1", "2", "2.1"]


def test_table_of_contents_and_page_numbers_are_not_sections():
    text = ("目录\n一、总体要求......1\n二、主要任务…………3\n- 2 -\n第 3 页 共 9 页\n"
            "一、总体要求\n坚持人民至上。\n二、主要任务\n1.加强建设")
    doc = planparse.parse(text)
    assert [s.id for s in doc.iter_sections()] == ["1", "2", "2.1"]
    assert doc.sections[0].span[0] == text.index("一、总体要求\n坚持")


def test_a_numbered_list_in_the_transmittal_does_not_swallow_the_plan():
    text = "各单位：\n附件：1.工作要点\n2.任务分工表\n\n一、总体要求\n二、重点任务\n1.加强领导"
    assert [i for i, _, _ in tree(text)] == ["1", "2", "2.1"]


def test_inline_enumerations_are_listed_on_their_section_not_as_nodes():
    text = "(一)扎实开展疫情防控。一是强化指挥调度,构建体系;二是强化资源准备。三是强化宣传。\n(二)其他工作"
    doc = planparse.parse(text)
    first = doc.sections[0]
    assert [s.id for s in doc.iter_sections()] == ["1", "2"]
    assert [(i.marker, i.ordinal, i.title) for i in first.inline] == [
        ("一是", 1, "强化指挥调度,构建体系"), ("二是", 2, "强化资源准备"), ("三是", 3, "强化宣传")]
    for item in first.inline:
        assert text[item.span[0]:item.span[1]].startswith(item.marker)


def test_section_spans_cover_children_and_stop_at_the_next_sibling():
    text = "一、甲\n1.一号内容。\n2.二号内容。\n二、乙\n3.三号"
    doc = planparse.parse(text)
    first, second = doc.sections
    assert text[first.span[0]:first.span[1]] == "一、甲\n1.一号内容。\n2.二号内容。"
    assert first.children[1].span[1] == first.span[1]
    assert text[second.span[0]:second.span[1]] == "二、乙\n3.三号"


def test_a_restarted_top_level_keeps_ids_unique():
    text = "一、2022年工作总结\n二、存在问题\n一、2023年工作计划\n二、保障措施"
    assert [i for i, _, _ in tree(text)] == ["1", "2", "1-2", "2-2"]


def test_decimal_outline_numbering():
    text = ("某县突发公共卫生事件应急预案\n1总则\n1.1编制目的\n为及时处置。\n1.2 编制依据\n依据有关法律。\n"
            "2组织机构和部门职责\n2.1组织机构\n2.1.1县应急领导小组\n成立领导小组。\n2.1.2 专家组\n1.5万人参加演练。")
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2"]


def test_a_number_before_a_short_line_is_not_a_heading_without_dotted_ones():
    assert tree("某县工作要点\n1总则\n10家医疗机构完成改造\n一、总体要求") == [("1", "一、", "总体要求")]


def test_a_first_subheading_glued_to_its_parents_title():
    # a page saved as one line (肥东县 生态环境 2023年工作总结): 一、工作成效(一)大气环境…
    body = ("2023年是全面贯彻落实党的大会精神的开局之年" + "。各项工作稳步推进" * 30 + "。一、工作成效(一)大气环境质量稳重有升。"
            "1-11月份,全县PM2.5平均浓度同比下降" + "。持续改善" * 30 + "。二、工作举措(一)蓝天保卫战精准发力。一是持续开展扬尘治理")
    assert tree(body) == [("1", "一、", "工作成效"), ("1.1", "(一)", "大气环境质量稳重有升"),
                          ("2", "二、", "工作举措"), ("2.1", "(一)", "蓝天保卫战精准发力")]
    # on a line of its own too; a decimal or 1、2号楼 in a title is not a glued subheading
    assert tree("一、进度安排1.项目前期\n二、新建1.5万平方米\n三、改造1、2号楼") == [
        ("1", "一、", "进度安排"), ("1.1", "1.", "项目前期"), ("2", "二、", "新建1.5万平方米"), ("3", "三、", "改造1、2号楼")]


def test_the_next_item_of_a_list_numbered_across_sections_glued_to_its_heading():
    # 市科技局2023年工作要点 on a document-sharing page, saved as one line: items 1、… 7、 run on
    # across 一、 二、 三、, each heading glued to its first item
    body = ("市科技局2023年工作要点 二0一二年,科技局将在市委、市政府的正确领导下" + ",紧紧围绕全市工作大局" * 20 + "。"
            "重点抓好以下工作:一、大力搞好产业开展1、制定出台加快全市中药材产业化实施意见,新增中药材专业合作社3个以上;"
            "2、支持、协助立川食品公司搞好生产线建设。3、支持金桥魔芋公司搞好新产品开发。"
            "二、深入开展科技攻关4、继续优化选育推广“巴山早茶树新品种,扩繁种苗20万株。"
            "5、继续推进旧院黑鸡品种选育。6、开展“xx金银花新品系选育;引进国内茶叶。三、继续推进市校合作7、启")
    ids = [(i, m, t[:8]) for i, m, t in tree(body)]
    assert ids == [("1", "一、", "大力搞好产业开展"), ("1.1", "1、", "制定出台加快全市"), ("1.2", "2、", "支持、协助立川食"),
                   ("1.3", "3、", "支持金桥魔芋公司"), ("2", "二、", "深入开展科技攻关"), ("2.4", "4、", "继续优化选育推广"),
                   ("2.5", "5、", "继续推进旧院黑鸡"), ("2.6", "6、", "开展“xx金银花"), ("3", "三、", "继续推进市校合作"), ("3.7", "7、", "启")]
    # 杭州 学前教育若干意见: one heading a line, its item glued to it
    assert tree("一、明确目标任务1、学前三年教育发展目标。\n2、推进学前教育低龄化发展。\n"
                "二、改革管理体制,健全学前教育管理网络3、理顺学前教育管理体制。") == [
        ("1", "一、", "明确目标任务"), ("1.1", "1、", "学前三年教育发展目标"), ("1.2", "2、", "推进学前教育低龄化发展"),
        ("2", "二、", "改革管理体制,健全学前教育管理网络"), ("2.3", "3、", "理顺学前教育管理体制")]
    # a number in a title that does not continue the list is no item (二、新建3、4号楼: blocked by the digit after 、;
    # 二、争创5A景区 is no marker)
    assert tree("一、进度安排1.项目前期\n二、改造3、4号楼\n三、争创5A景区") == [
        ("1", "一、", "进度安排"), ("1.1", "1.", "项目前期"), ("2", "二、", "改造3、4号楼"), ("3", "三、", "争创5A景区")]


def test_the_next_heading_run_into_the_title_of_the_one_before():
    # a Word file shown without its line breaks (doczj 行政事业单位三定方案): each item runs into the title of the one
    # before it, and the next 一、 into the last item's title: 1. 提高…效率2. 优化…能力三、方案内容1. 定位方案…
    text = ("行政事业单位三定方案一、背景介绍随着我国经济的快速发展,行政事业单位起到了不可替代的作用。\n"
            "二、方案目标1. 提高行政事业单位的管理效率2. 优化行政事业单位的组织结构3. 加强行政事业单位的专业化建设"
            "三、方案内容1. 定位方案行政事业单位的定位是指明其角色和职责。\n2. 岗位定制方案岗位定制方案是通过对岗位进行分析。")
    assert [(i, m, t[:8]) for i, m, t in tree(text)] == [
        ("1", "一、", "背景介绍随着我国"), ("2", "二、", "方案目标"), ("2.1", "1.", "提高行政事业单位"), ("2.2", "2.", "优化行政事业单位"),
        ("2.3", "3.", "加强行政事业单位"), ("3", "三、", "方案内容"), ("3.1", "1.", "定位方案行政事业"), ("3.2", "2.", "岗位定制方案岗位")]
    # 淘文阁 镇容整治方案: 二、责任区域划分.三、整治要求及标准1、无乱停乱靠。; 湘潭 申报通知: …(见附件)二、申报程序…,三、申报材料
    assert [(i, m, t) for i, m, t in tree("一、时间安排\n二、责任区域划分.三、整治要求及标准1、无乱停乱靠。")] == [
        ("1", "一、", "时间安排"), ("2", "二、", "责任区域划分."), ("3", "三、", "整治要求及标准"), ("3.1", "1、", "无乱停乱靠")]
    assert [m for _, m, _ in tree("一、项目类型本次申报的项目共22子项,(见附件)二、申报程序主体申报、县级组织评审,三、申报材料报送至县农业农村局。")] == [
        "一、", "二、", "三、"]
    # not the next number, or an ordinal in prose: no heading (第一、第二、第三季度; 推动二、三产业融合; 2.5倍)
    assert tree("一、统筹推进二、三产业融合发展\n二、每年第一、第二、第三季度上报\n三、总量增长1.提高2.5倍") == [
        ("1", "一、", "统筹推进二、三产业融合发展"), ("2", "二、", "每年第一、第二、第三季度上报"), ("3", "三、", "总量增长"),
        ("3.1", "1.", "提高2.5倍")]


def test_an_outline_without_page_numbers_above_the_body_is_not_structure():
    # 市交通运输局 2022年工作总结暨2023年工作计划: its outline, then the title, then the body
    text = ("一、工作完成情况\n(一)突出精品抓项目\n(二)提高质量抓管理\n二、2023年度工作计划\n(一)抓好交通重点项目建设\n"
            "市交通运输局 2022年工作总结暨2023年工作计划\n2022年,市交通运输局认真贯彻落实市委、市政府各项决策部署。\n"
            "一、工作完成情况\n(一)突出精品抓项目。围绕政府工作报告确定的目标任务,加大基础设施建设力度。\n"
            "(二)提高质量抓管理。严格质量监督。\n二、2023年度工作计划\n(一)抓好交通重点项目建设。加快推进国道改建工程。")
    doc = planparse.parse(text)
    assert [(s.id, s.title) for s in doc.iter_sections()] == [
        ("1", "工作完成情况"), ("1.1", "突出精品抓项目"), ("1.2", "提高质量抓管理"), ("2", "2023年度工作计划"),
        ("2.1", "抓好交通重点项目建设")]
    assert doc.sections[0].span[0] == text.index("一、", 10)
    assert (doc.meta.title, doc.meta.plan_year) == ("市交通运输局 2022年工作总结暨2023年工作计划", 2022)
    # headings with body text among them are the text itself, even when a heading recurs later
    text = "一、工作目标\n全年完成投资60亿元。\n二、主要任务\n加快建设。\n附件\n一、工作目标\n二、主要任务"
    assert [s.id for s in planparse.parse(text).iter_sections()] == ["1", "2", "1-2", "2-2"]


def test_the_first_heading_glued_to_the_documents_title():
    # a document site's page chunk (区卫生健康委 2023年工作总结和2024年工作计划)
    text = ("1、区卫生健康委2023年工作总结和2024年工作具体落地实施计划一、2023年重点工作指标平稳推进。(一)健康XX建设取的新进度。"
            "第一个是抓实基本公卫工作。" + "开展优质服务基层行工作。" * 30)
    assert tree(text)[:2] == [("1", "一、", "2023年重点工作指标平稳推进"), ("1.1", "(一)", "健康XX建设取的新进度")]
    # a title and the first paragraph saved as one line joined by a space (某县教育局2024年工作计划), shorter than a long line
    text = ("某县教育局2024年工作计划 一、总体思路 百年大计,教育为本。高举伟大旗帜,积极推进教育综合改革。\n\n"
            "二、目标任务 始终坚持党对教育工作的全面领导。")
    assert tree(text)[0] == ("1", "一、", "总体思路")  # that line is paragraphs run together: the title ends at the space
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("2", "二、")]
    # only after a document kind: 统一、规范 in prose is not a heading
    assert tree("推进标准统一、规范管理。\n一、总体要求") == [("1", "一、", "总体要求")]


def test_a_first_bracketed_heading_glued_to_the_documents_title():
    # A plan whose top headings are (一)(二)… prints the first on the title's line the same way: 优知文库 (realdocs
    # rd-095) '1、县林业局2023年度工作计划(一)科学开展国土绿化。2023年计划…', a VIP page (realdocs rd-096)
    # 'XX县林业局2023年工作计划 (一)加强技术指导服务,促进森林质量提升。一是…'.
    text = ("1、县林业局2023年度工作计划(一)科学开展国土绿化。2023年计划实施营造林7.08万亩。" + "推进村庄绿化美化。" * 30 +
            "(二)继续加强生态保护管理。严守生态红线。")
    assert [(i, m, t) for i, m, t in tree(text)][:2] == [("1", "(一)", "科学开展国土绿化"), ("2", "(二)", "继续加强生态保护管理")]
    text = ("XX县林业局2023年工作计划 (一)加强技术指导服务,促进森林质量提升。一是牢固树立科学绿化理念。\n"
            "(二)积极做好林业有害生物防控工作。")
    assert [i for i, _, _ in tree(text)] == ["1", "2"]
    # only after a document kind: a bracketed (一) in prose or after a name is not a heading
    assert tree("按照第(一)项要求执行。\n一、总体要求") == [("1", "一、", "总体要求")]


# -- tables with a 序号 column: each numbered row is an item, titled by its first cell ----------

def test_table_rows_saved_one_cell_per_line_between_blank_lines():
    # 嘉兴 2023年政府工作报告重点工作责任分解 (a gov site's table, cells on their own lines)
    text = ("2023年政府工作报告重点工作责任分解\n\n序号\n\n主 要 工 作 任 务\n\n责任单位\n\n1\n\n"
            "地区生产总值增长6%左右。\n\n市发展改革委\n\n2\n\n研发投入强度达到3.2%。\n\n市科技局\n")
    doc = planparse.parse(text)
    assert tree(text) == [("1", "1", "地区生产总值增长6%左右"), ("2", "2", "研发投入强度达到3.2%")]
    assert [(t.section, t.value) for t in doc.targets] == [("1", 6), ("2", 3.2)]


def test_table_cells_closed_by_a_line_of_their_own_give_their_joined_lines_as_title():
    # 闵行区 乡村振兴重点任务 (a table saved one cell per line, each cell closed by a line holding only |;
    # the 类别 cell (一) before the 序号 column, its text wrapped over several lines)
    text = ("类别\n|\n序号\n|\n任务名称\n|\n责任部门\n|\n"
            "(一)\n持续\n推进\n“两个\n示范村”\n建设\n|\n1\n|\n完成2022年度\n乡村振兴示范村建设\n|\n区农业农村委*\n|\n"
            "2\n|\n开展2023年度\n乡村振兴示范村建设\n|\n区农业农村委*\n|\n"
            "(二)\n全面\n推进\n农民\n集中\n居住\n|\n3\n|\n推进\n农民相对集中居住\n|\n区房管局\n|\n")
    assert tree(text) == [("1", "(一)", "持续推进“两个示范村”建设"), ("1.1", "1", "完成2022年度乡村振兴示范村建设"),
                          ("1.2", "2", "开展2023年度乡村振兴示范村建设"), ("2", "(二)", "全面推进农民集中居住"),
                          ("2.3", "3", "推进农民相对集中居住")]


def test_table_rows_with_bars_a_header_repeated_after_a_page_break_and_numbers_in_cells():
    # 绥宁县人均预期寿命提升行动计划主要目标责任清单: "1 |" rows, a value cell "2 |" inside row 1
    header = "序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n牵头单位 |\n"
    text = ("主要目标责任清单\n" + header + "1 |\n人均预期寿命 |\n岁 |\n2 |\n≥79.2 |\n县卫健局 |\n"
            "2 |\n居民健康素养水平 |\n% |\n21.6 |\n≥31.5 |\n县卫健局 |\n"
            + header + "3 |\n孕产妇死亡率 |\n/10万 |\n12.3 |\n≤10 |\n县卫健局 |\n")
    assert tree(text) == [("1", "1", "人均预期寿命"), ("2", "2", "居民健康素养水平"), ("3", "3", "孕产妇死亡率")]


def test_table_rows_one_per_line_under_a_heading_become_its_children():
    text = ("一、重点任务\n序号 | 工作任务 | 责任处室 | 完成时限 |\n1 | 做好疫情防控信息发布 | 应急处 | 长期推进 |\n|\n"
            "2 | 推进预算决算公开 | 财务处 | 2021年8月前 |\n二、保障措施\n加强组织领导。")
    assert tree(text) == [("1", "一、", "重点任务"), ("1.1", "1", "做好疫情防控信息发布"),
                          ("1.2", "2", "推进预算决算公开"), ("2", "二、", "保障措施")]
    # full-width row numbers: the marker is printed as written
    assert tree("序号 | 工作任务 |\n１ | 做好信息发布 |\n２ | 推进公开 |") == [("1", "１", "做好信息发布"), ("2", "２", "推进公开")]


def test_table_rows_one_per_line_with_merged_cell_lines_between_them():
    # realdocs10 m1302 门头沟 政务公开事项标准目录: row 1's merged cell prints three more lines
    # ("【联系方式】 | ||||||" …) before row 2; they hold cell separators, so the table goes on
    text = ("序号 | 具体职责 | 业务事项 | 信息类别 | 内容标准 | 公开时限 | 公开形式 |\n"
            "1 | 负责信息、信访、建议、提案、保密、信息化建设、政务公开、政府信息公开及文件收发工作 | 政务公开 | 基本信息 | "
            "【机构名称】 | 信息形成或者变更之日起20个工作日内 | 政府网站常规公开 |\n"
            "【联系方式】 | ||||||\n【咨询服务】 | ||||||\n【监督投诉】 | ||||||\n"
            "2 | 政务公开 | 法定职责 | 依据“三定”方案及职责调整情况确定的本部门最新法定职责 | 信息形成或者变更之日起20个工作日内 | 政府网站常规公开 | |\n"
            "3 | 政务公开 | 领导简历 | 【基本信息】 领导姓名 职 务 |\n信息形成或者变更之日起20个工作日内 | 政府网站常规公开 | |\n"
            "4 | 政务公开 | 内设机构 | 【机构名称】 | 信息形成或者变更之日起20个工作日内 | 政府网站常规公开 | |\n")
    assert [sid for sid, _, _ in tree(text)] == ["1", "2", "3", "4"]
    doc = planparse.parse(text)
    assert doc.sections[0].span[1] < text.index("2 | 政务公开")
    # a line with no cell separator ends the table: the 2 after it is not a row
    text = "序号 | 工作任务 |\n1 | 做好信息发布 |\n【联系方式】 | |\n【咨询服务】 | |\n附件说明\n另有两点\n第三行\n2 | 推进公开 |"
    assert [sid for sid, _, _ in tree(text)] == ["1"]


def test_table_excerpt_numbered_on_from_earlier_pages_keeps_its_row_numbers():
    # realdocs8 u1102 淮南 林业局 落实情况: the rows of the bureau's own tasks, 99, 175, 178 of the city's table
    text = ("序号 | 主要任务 | 牵头单位 | 协同单位 | 工作进度 | 落实情况 |\n"
            "99 | 加大沿淮湿地保护力度。 | 市林业局 | 市水利局、市生态环境局 | 序时推进 | 1、扎实开展造林绿化和生态修复工作。 |\n"
            "市财政未安排湿地修复工程项目市级资金。 | 王家耀 6678008 |\n"
            "175 | 开展大规模国土绿化行动,推深做实“五绿”措施,新增造林3万亩。 | 市林业局 | 相关县区政府 | 已完成 | 入春以来… |\n"
            "178 | 加强自然保护地监督管理。 | 市林业局 | 市生态环境局 | 序时推进 | … |\n")
    assert tree(text) == [("99", "99", "加大沿淮湿地保护力度"), ("175", "175", "开展大规模国土绿化行动,推深做实“五绿”措施,新增造林3万亩"),
                          ("178", "178", "加强自然保护地监督管理")]
    # realdocs3 w01 南陵 任务分解表 (one cell per line), an excerpt from row 80
    text = ("2024年《政府工作报告》重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
            "81 |\n保障芜职院现代物流智造学院秋季开学。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n")
    assert [sid for sid, _, _ in tree(text)] == ["80", "81"]
    # a table that starts at 1 still goes up one by one: a 5 after 1 is a number in a cell
    assert [sid for sid, _, _ in tree("序号 | 工作任务 |\n1 | 做好信息发布 |\n5 | 个 |\n2 | 推进公开 |")] == ["1", "2"]


def test_a_selection_of_rows_from_a_longer_table_one_cell_per_line_keeps_its_row_numbers():
    # devgold u2103 南陵 进展情况表: the 县司法局's rows 71, 76, 83 of the county's table ("N |" cells)
    text = ("2023年《政府工作报告》重点工作目标任务进展情况表\n序号 |\n目标与任务 |\n牵头责任 单位 |\n完成情况 |\n督查 情况 |\n"
            "71 |\n完善多元调处化解机制,发挥县矛盾纠纷调处化解中心作用。 |\n县司法局 县信访局 |\n邀请法律专家按月培训。 |\n已完成 |\n"
            "76 |\n积极创建“枫桥式”法庭、派出所、司法所,持续加强法治基层基础建设。 |\n县司法局 |\n完成验收。 |\n已完成 |\n"
            "83 |\n以创成全国法治政府建设示范县为起点,明确法治建设任务清单。 |\n县司法局 县政府办 |\n一是持续擦亮法治政府奖牌成色。 |\n")
    assert [sid for sid, _, _ in tree(text)] == ["71", "76", "83"]
    # devgold d2701 怀远 农业农村局 完成情况: bare numbers 6, 52, 53 … between blank lines, an empty cell
    # shortening a row, a stray 2 in a cell, and a list 1、…2、 inside a cell (no heading)
    text = ("农业农村局2023年11月承担政府重点工作完成情况\n\n序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n"
            "是否达到序时进度\n\n6\n\n农村常住居民人均可支配收入与经济增长同步。\n\n经管站\n\n2\n\n2023年底\n\n三季度绝对数16285元,增幅7.4%\n\n"
            "52\n\n建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。\n\n农田建设管理股、农业股\n\n2023年底\n\n高标准农田8.3万亩正在施工中。\n\n \n\n"
            "53\n\n加快推动农业规模化经营。\n\n经管站\n\n2023年底\n\n1、查处违法行为31起。2、对全县18个乡镇农资市场进行检查。\n\n"
            "54\n\n加强农产品品牌建设。")
    assert [(sid, title[:8]) for sid, _, title in tree(text)] == [
        ("6", "农村常住居民人均"), ("52", "建成高标准农田8"), ("53", "加快推动农业规模"), ("54", "加强农产品品牌建")]


def test_last_section_ends_before_the_closing_block():
    # realdocs9 t1205 鄂温克 分工通知: 此通知 / 附件 / the signing date / 联系人 / 此件公开发布 close the notice
    text = ("一、各地区、各部门要高度重视《政府工作报告》重点任务责任落实工作,确保各项任务不折不扣落到实处。\n"
            "二、旗政府督查室要加强对重点工作的日常调度,推动政府工作全面有效落实。\n此通知\n"
            "附件:2022年《政府工作报告》重点任务落实推进情况表\n2022年2月21日\n"
            "(联系人:白文俊、巴义日,联系电话:8812822,电子邮箱:ewkdc@163.com)\n(此件公开发布)\n用微信扫描二维码分享至好友和朋友圈\n")
    last = planparse.parse(text).sections[-1]
    assert text[last.span[0]:last.span[1]].endswith("推动政府工作全面有效落实。")
    # realdocs10 m1304 盘锦 (traditional): 聯系人 line and the signer above the date
    text = ("3.加強督考,狠抓落實。各牽頭單位要于每月28日前將各項工作任務進展情況報送市政府督考辦。\n"
            "聯系人:樸勇智,聯系電話:2805093,電子郵箱:pjzfdcs@163.com。\n盤錦市人民政府辦公室\n2021年1月25日\n(此件公開發布)\n")
    last = planparse.parse(text).sections[-1]
    assert text[last.span[0]:last.span[1]].endswith("報送市政府督考辦。")
    # a date alone right under the last heading (no signer above it) is the section's own text
    for text in ("一、加强领导\n二、报名时间\n2023年3月5日\n地点:县卫健局三楼会议室\n",
                 "一、加强领导\n三、承办单位\n2023年3月5日\n县卫健局\n"):
        last = planparse.parse(text).sections[-1]
        assert last.span[1] == len(text) - 1


def test_an_outline_above_the_body_is_found_whatever_spaces_or_widths_the_titles_print():
    # found by test_properties (a mutated sample and its twin): the outline's titles are compared as
    # normalized, so a tab or a full-width bracket in one copy of a title does not hide the repeat
    body = "一、总体 要求\n二、主要 任务\n三、保障 措施\n一、总体 要求\n加强领导。\n二、主要 任务\n推进工作。\n三、保障 措施\n落实责任。"
    twin = body.replace(" ", "\t", 3)
    spans = [(s.id, s.span) for s in planparse.parse(body).iter_sections()]
    assert spans == [(s.id, s.span) for s in planparse.parse(twin).iter_sections()]
    assert [sid for sid, _ in spans] == ["1", "2", "3"]


def test_numbers_alone_on_a_line_without_a_numbered_table_stay_page_numbers():
    text = "一、总体要求\n加强领导。\n1\n\n2\n二、主要任务\n单位 | 数量 |\n1 | 医院 |\n2 | 诊所 |"
    assert [sid for sid, _, _ in tree(text)] == ["1", "2"]


def test_page_chunk_numbers_of_a_document_site_are_not_items():
    # 第一文库网 preview (realdocs6 m907): each preview page is printed as "N、<page text>", cut
    # mid-word ("深入开展全市\n2、生态环境风险隐患排查", "第七批国家生\n3、态文明建设")
    text = ('《生态环境局分局2023上半年工作总结和下半年工作计划.docx》由会员分享,可在线阅读,更多相关《生态环境局分局2023上半年工作总结和下半年工作计划.docx(7页珍藏版)》请在第一文库网上搜索。\n'
            '1、生态环境局分局2023上半年工作总结和下半年工作计划一、主要工作开展情况及工作成效(一)主要指标完成情况。一是环境空气质量方面。中心城区有效监测天数*天,优*天,良*天,轻度污染天数*天(均在4月份),优良率*二是水污染防治方面。*个县级集中式饮用水水源地:*水源地水质保持为类,*常水源地水质下降至I类。*个“千吨万人”饮用水水源地、*个乡镇集中式饮用水水源地水质达标率均为*%。地表水*个国控断面水质优良率为*%,*个省控断面,除桥头断面*月水质下降至III类外,其余均达到考核目标要求。三是土壤污染防治方面。将*晨光云麻生物科技有限公司纳入重点监管名录。(二)重点工作开展情况。一是深入开展全市\n'
            '2、生态环境风险隐患排查。在全市*个市直单位(部门)、*个驻腾单位和*个乡镇(街道)全面开展生态环境问题自检自查,共反馈问题*个,经梳理归纳为突出生态环境问题*个。二是筑牢生物生态安全屏障。以*国家级自然保护区及其周边为重点,持续推进“绿盾*”问题点位整改;截止目前,审批建设项目*个,均严格落实了“三线一单”生态环境分区管控要求。三是全力推进各级各类环保督察检查反馈问题整改。我市接到上级反馈问题*个(件),已整改完成*个,正在整改*个,整改完成率为*.*%。四是强化生态环境执法。截至目前,立案*件,处罚金额*.*万元,正在立案办理*件。五是扎实推进生态创建及复核评估。我市*月继续申报了第七批国家生\n'
            '3、态文明建设')
    assert tree(text) == [("1", "一、", "主要工作开展情况及工作成效"), ("1.1", "(一)", "主要指标完成情况"),
                          ("1.2", "(二)", "重点工作开展情况")]
    # a heading cut by the page break is still found after the chunk number (realdocs2 t10: "2、。(二)开展述职评议")
    text = ('《教育局2023年度工作总结汇编(7篇).docx》由会员分享,可在线阅读,更多相关《教育局2023年度工作总结汇编(7篇).docx(60页珍藏版)》请在优知文库上搜索。\n'
            '1、教育局2023年度工作总结汇编(7篇)目录L区教育局2023年工作总结22,区教育局2023年工作总结73 .市教育局2023年度工作总结164 .市教育局2023年度工作总结345 .市教育局2023年度行政执法工作总结486 .县教育局2023年工作总结及2024年工作计划.507 .州教育局2023年工作总结和2024年工作打算.57区教育局2023年工作总结一、强化党对教育工作的全面领导(一)坚持党建引领,加强政治建设。以党的政治建设为统领,以落实立德树人根本任务为关键,稳慎推进党组织领导下的校长负责制,截止2023年10月底,已建立党组织领导的校长负责制学校21所,占比达91.17%\n'
            '2、。(二)开展述职评议,落实廉政建设。组织开展学校领导班子述职述廉及党组织书记抓基层党建工作述职评议工作,确保党风廉政')
    assert tree(text)[-1] == ("1.2", "(二)", "开展述职评议,落实廉政建设")
    # a document site's page whose own items are 1、 2、 headings: short lines are not page cuts
    text = ("《某县2023年工作要点.docx》由会员分享,可在线阅读。\n1、某县2023年工作要点\n一、总体要求\n1、加强领导\n2、强化考核")
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.2"]
    # without the document site's header, 1、 2、 lines are items
    assert [i for i, _, _ in tree("1、加强领导。全面推进\n2、强化考核")] == ["1", "2"]


def test_a_preview_page_is_read_as_paragraphs_run_together_whatever_its_length():
    # 淘文阁 城乡综合治理工作方案: page 1 ends right after a sentence (…环境卫生整治。), and the 2、 that opens page 2 is
    # still the site's page number, not an item
    page1 = ("1、 城乡综合治理工作方案 为进一步改善辖区市容市貌,结合临江街道实际,制定如下整治方案。 一、总体目标 以科学进展观为指导,"
             + "完善环卫根底设施," * 12 + "努力营造干净、文明、和谐、有序的城乡环境。 二、工作要求 (一)社区环境卫生整治。全面清理社区乱堆放、乱张贴、"
             "乱搭建,搞好街道、小巷卫生清理。 (二)主干线道路环境卫生整治。")
    text = ("《城乡综合治理工作方案.docx》由会员分享,可在线阅读,更多相关《城乡综合治理工作方案.docx(3页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
            + page1 + "\n2、集中清理大路主干线两侧可视范围内的各类垃圾、杂草。 (三)城区环境卫生整治。对辖区内主次干道进行区域责任划分。")
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("2", "二、"), ("2.1", "(一)"), ("2.2", "(二)"), ("2.3", "(三)")]
    # 政府部门工作总结及工作计划 (文库 preview, three pages): the last page is short, and its items follow a 。 without a space
    text = ("1、政府部门工作总结及工作计划政府部门工作总结及工作计划政府部门工作总结及工作计划随着时代的发展,各级政府部门在服务社会、推动经济发展等方面承担着越来越重要的角色。因此,政府部门需要认真总结过去一年的工作,制定出下一年的工作计划,以更好地服务社会,推进经济发展。本文从相关专业的角度出发,探讨政府部门工作总结及工作计划的意义和方法。一、总结过去一年的工作政府部门需要认真总结过去一年的工作,以了解当前工作的质量和进展,以及不足之处。这样有利于政府部门发现自身问题,及时解决问题,提高自身的工作水平和效率。总结过去一年的工作,应该注重以下几个方面:1.工作内容政府部门需要总结自己过去一年的工作内容,具体包\n"
            "2、括哪些方面的工作,每项工作的进展和质量如何,是否达到预期目标,是否存在问题等。2.工作效果政府部门应该对自己的工作效果进行总结,包括哪些工作取得了成功,哪些工作没有达到预期目标,成功的原因是什么,失败的原因是什么,如何避免类似的问题再次出现。3.工作态度政府部门还应该总结自己的工作态度,包括是否认真负责、是否积极主动、是否对待工作持有正确的态度等。二、制定下一年的工作计划政府部门在总结过去一年的工作之后,需要制定下一年的工作计划,以更好地服务社会,推进经济发展。制定下一年的工作计划,应该注重以下几个方面:1.工作目标政府部门需要明确自己下一年的工作目标,包括哪些方面的工作需要开展,哪些目标需要\n"
            "3、达到,如何衡量工作的质量和效果等。2.工作重点政府部门需要明确下一年的工作重点,即哪些方面的工作需要优先考虑和实施,如何合理分配资源和人力,确保工作的高效开展。3.工作计划政府部门需要")
    assert [(i, m, t[:6]) for i, m, t in tree(text)] == [
        ("1", "一、", "总结过去一年"), ("1.1", "1.", "工作内容政府"), ("1.2", "2.", "工作效果政府"), ("1.3", "3.", "工作态度政府"),
        ("2", "二、", "制定下一年的"), ("2.1", "1.", "工作目标政府"), ("2.2", "2.", "工作重点政府"), ("2.3", "3.", "工作计划政府")]


def test_an_enumeration_in_a_headed_paragraph_of_a_page_that_keeps_its_line_breaks_is_inline():
    # 池州 创优营商环境 实施意见 (blind43 b4310): each 1. item is one long paragraph holding (1)…。(2)…; the page keeps its
    # line breaks (一、 and 1. start lines), so the (1) after the item's title is an enumeration in the paragraph
    para = ("1.深化商事制度改革。(1)全面落实“多证合一、一照一码”改革。" + "按照能整合的尽量整合、能简化的尽量简化的原则," * 12
            + "全面实行“多证合一、一照一码”。(市工商质监局牵头负责)(2)完善企业登记全程电子化。推行全程电子化登记。(市工商质监局牵头负责)")
    text = "池州市人民政府关于创优“四最”营商环境的实施意见\n\n一、持续减少审批事项\n\n" + para + "\n\n2.深化投资审批改革。\n"
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("1.1", "1."), ("1.2", "2.")]
    # a page saved as one line keeps reading them as headings (its headings never start a line)
    one = "一、持续减少审批事项。" + para.replace("1.深化", "(一)深化") + "二、优化服务。"
    assert [m for _, m, _ in tree(one)][:3] == ["一、", "(一)", "(1)"]


def test_flattened_page_a_heading_after_a_space_ends_the_title():
    # realdocs7 m1004 (公文搜, a page whose paragraphs are joined by a space) and m1003 (小米粒文档):
    # 一、's title ends at the space before the (一) printed after it on the same long line
    text = ("县农业农村局2020年工作总结暨2021年工作打算 一、2020年工作总结 (一)积极调整农业产业结构。在稳固粮食生产、"
            "畜禽养殖、蔬菜种植等传统产业的基础上,围绕“一谷一带一廊一园”发展目标,大力发展“一柚两桃”、“稻渔综合种养”、"
            "有机茶叶等特色产业。全年粮食播面67.14万亩,粮食总产30.67万吨;油菜播面20.3万亩; 绿色蔬菜播面11.5万亩,"
            "年产量24.5万吨;年出栏生猪26.13万头,存栏9.15万头;年出栏牛羊6.94万头,存栏5.09万头,全年水产品产量1.78万吨。"
            " (二)创新科技促进农业发展。一是积极对接中央引导地方科技项目:果业方面,推广井冈蜜柚高接换种面积1500亩,"
            "果实套袋45万个; 茶叶方面,引进了5个优质新品种及2条微波杀青新技术生产线;")
    assert tree(text)[:3] == [("1", "一、", "2020年工作总结"), ("1.1", "(一)", "积极调整农业产业结构"),
                              ("1.2", "(二)", "创新科技促进农业发展")]
    # a space inside a sentence of a long line, not followed by a heading, does not end it
    long = "一、继续推进儿童预防接种信息化系统建设,20xx年以后出生 儿童接种个案信息录入上传率达100%。" + "要求" * 150
    assert tree(long)[0][2] == "继续推进儿童预防接种信息化系统建设,20xx年以后出生 儿童接种个案信息录入上传率达100%"


def test_circled_items_in_a_long_one_line_table_row_stay_items_of_the_row():
    # a row longer than a run-on line: its cells hold ①②③ lists, not headings (t1105: ③ was section 3.3)
    row = ("3 | 出境水II类以上水质天数占比和空气优良率均保持在98%以上。 | ①通过乡镇断面水质、空气自动站,实时监控水、"
           "气环境质量数据,每月上报水气环境质量情况,实时提供预警信息,做好水气环境质量保护工作。②每月完成地表水及饮用水源地"
           "水质监测、每季度完成农村环境质量监测及城市污水处理厂监测。③每半年完成一次全县农村生活污水处理终端水质监测。 | "
           "①一季度,我县出境水有效监测天数90天,Ⅰ类水质75天,Ⅱ类水质15天,Ⅱ类水质以上占100%。环境空气质量有效监测天数90天,"
           "其中AQI达标天数90天,空气质量为优天数60天(占66.7%),空气质量为良天数30天(占33.3%),AQI优良率为100%。 | 达序推进 |")
    assert len(row) > 300
    text = "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |\n1 | 启动新安综合体建设。 | ①2月上旬前,完成设计招标。 | ①已完成。 | 达序推进 |\n" \
           "2 | 壮大金融服务业。 | ①3月底前,召开金融联席会议。 | ①已完成。 | 达序推进 |\n" + row
    doc = planparse.parse(text)
    assert [s.id for s in doc.iter_sections()] == ["1", "2", "3"]
    assert [i.marker for i in doc.sections[2].inline][:3] == ["①", "②", "③"]


def test_a_prose_list_numbered_like_the_open_headings_on_a_run_on_line_is_not_a_heading():
    # m1003 (one line, paragraphs joined by spaces): 一、组织… 二、广泛开展… is a list inside (3), not
    # the document's 二、; 2、 and its (1)(2) stay under (一)
    text = ("2024年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)“一案三制”建设 1、完善应急预案体系 (1)预案编制情况。"
            "全镇共编制各类应急预案32个,涵盖自然灾害、事故灾难、公共卫生和社会安全四大类。 (2)预案演练情况。各村、各企业结合实际"
            "开展应急演练,累计演练 15 次。 (3)预案宣传情况。一、组织专兼职任职人员培训活动,组织全镇干部重点围绕应急管理基本概念进行"
            "全面讲解,取得了较好效果。二、广泛开展消防、用电、防汛等知识宣传和普及和活动,切实提高了全员安全防范意识和处置突发事件的能力。"
            " 2、健全应急管理体制和运行机制。 (1)应急管理机构设置情况。设立镇突发公共事件应急工作领导小组。"
            " (2)企业、学校、社区、村庄等基层组织单位应急管理机制情况。到年底,基本完成应急预案编制工作。")
    assert len(text) > 300
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.3",
                                             "1.1.2", "1.1.2.1", "1.1.2.2"]


def test_a_repeated_one_on_separate_lines_does_not_hide_the_next_heading():
    # the prose-list rule is for run-on lines only: on separate lines 二、 after a stray 一、 stays a heading
    text = "一、总体要求\n(一)指导思想\n一、二级医院同步推进\n二、主要任务\n(一)加强领导"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "2", "2.1"]


def test_on_a_run_on_line_the_body_glued_to_a_heading_title_is_not_part_of_it():
    # m1103, t1005: pages saved as one line, a heading's title and its first sentence without a mark between
    body = ("XX县交通运输局在县委、县政府的正确领导和大力支持下,坚持以交通建设促发展、交通建设服务发展的理念,"
            "坚决落实县委十届二次全会精神和县委、县政府工作部署要求,全力推进交通运输各项工作。" * 3)
    text = "XX县交通运输局2022年工作总结 一、工作开展情况2022年以来," + body + " (一)交通重点项目建设取得新突破。"
    assert tree(text)[0] == ("1", "一、", "工作开展情况")
    text = ("一、2023年各项工作完成情况 (一)明确责任,突出重点,全面推进拆违工作力度截至12月2日,我区累计撤除违法建筑面积"
            "65.58万平方米。" + body)
    assert tree(text)[1] == ("1.1", "(一)", "明确责任,突出重点,全面推进拆违工作力度")
    # lines with their breaks keep the title as printed
    assert tree("一、工作开展情况2022年以来,全县交通运输工作稳步推进\n(一)项目建设")[0][2] == "工作开展情况2022年以来,全县交通运输工作稳步推进"


def test_a_decimal_outline_whose_top_level_is_printed_with_a_dot():
    # 1.总则 right before 1.1目的依据 is the outline's top, not a 1. item under which 1.1 restarts the tree
    text = "1.总则\n1.1目的依据\n提高能力。\n1.2现状特点\n2.组织体系\n2.1领导机构"
    assert tree(text) == [("1", "1.", "总则"), ("1.1", "1.1", "目的依据"), ("1.2", "1.2", "现状特点"),
                          ("2", "2.", "组织体系"), ("2.1", "2.1", "领导机构")]
    assert [i for i, _, _ in tree("1.加强领导\n2.完善机制")] == ["1", "2"]  # without 1.1: items as before


def test_decimal_titles_on_a_run_on_line_end_at_the_first_space():
    # m1101: the whole plan saved as one line, paragraphs joined by spaces
    text = ("山福镇突发公共事件总体应急预案(修订) 1.总则 1.1目的依据 提高政府保障公共安全和处置突发公共事件的能力,最大程度"
            "地预防和减少突发公共事件及其造成的损害,保障公众的生命财产安全,维护社会稳定,促进我镇经济社会全面、协调、可持续发展,促"
            "进“平安山福、生态山福、美丽山福、文化山福、活力山福”建设。根据有关法律、法规、规章以及《温州市突发公共事件总体应急预案"
            "》,结合山福实际,制定本预案。 1.2现状特点 山福镇地处鹿城西北部,属中亚热带季风气候镇,地形地貌以山地丘陵为主,呈“"
            "七山二地一水”的地表形态,台风、暴雨、干旱、高温、雷击、地质灾害等自然灾害时有发生。 随着经济社会的快速发展和城镇建设的"
            "加速推进,交通事故、生产安全、火灾、环境污染等事故灾难、食物中毒、传染性疾病等突发公共卫生事件爆发和传播的机率以及群体性"
            "事件及重大刑事案件等突发社会安全事件可能呈上升态势。 1.3工作原则 (1)以人为本,预防为主。切实履行政府的社会管理和"
            "公共服务职能,把应对突发公共事件的各项工作落实到日常管理之中,坚持事前预防与")
    assert len(text) > 300
    assert tree(text) == [("1", "1.", "总则"), ("1.1", "1.1", "目的依据"), ("1.2", "1.2", "现状特点"),
                          ("1.3", "1.3", "工作原则"), ("1.3.1", "(1)", "以人为本,预防为主")]


def test_on_a_run_on_line_a_heading_title_ends_at_the_space_before_its_body():
    # u1302 平阳 (realdocs10), 46 永嘉 (realdocs), t806 常德 (realdocs5), d1403 (realdocs11): pages saved as one
    # line, paragraphs joined by a space; a heading's title is followed by a space and its body's first sentence,
    # which runs on to a comma. The title ends at that space.
    body = ("制定《党纪学习教育工作方案》,细化明确15项具体举措。开展集体活动十余次学习宣传贯彻党的二十届三中全会精神,"
            "实现各类学习群体全覆盖。" * 4)
    text = ("现将2024年工作总结及2025年工作思路谋划汇报如下: 一、2024年工作总结 (一)聚焦党建引领,打造气象战斗堡垒 深化理论"
            "学习,打造“党建红+气象蓝”融合载体,提炼了“平系冷暖”的平阳气象党建品牌和“平气清心”的平阳气象清廉品牌。" + body +
            " (二)聚焦主责主业,守好防灾减灾第一道防线 1.决策气象服务。今年影响台风偏多、偏晚。")
    assert tree(text)[1] == ("1.1", "(一)", "聚焦党建引领,打造气象战斗堡垒")
    text = ("一、时间安排 (一)动员部署阶段(5月) 各县(市、区)环保专项行动领导小组结合实际情况,确定本地区整治重点,制定具体"
            "实施方案,全面完成环保专项行动的动员部署工作。" + body + " (二)摸底和集中整治阶段(5月-8月) 各县(市、区)环保专项行动"
            "领导小组组织有关部门对“两高一资”行业企业开展集中检查,并分别于6月底和7月底报送阶段性报告。")
    assert [t for _, _, t in tree(text)] == ["时间安排", "动员部署阶段(5月)", "摸底和集中整治阶段(5月-8月)"]
    # a space inside a sentence whose next words reach the 。 without a comma is not a break (t04, test above);
    # nor a space after more than 30 characters (a long first sentence, not a heading's title)
    long = "一、继续推进儿童预防接种信息化系统建设工作并按时完成全年各项数据录入任务 全市儿童接种个案信息,录入上传率达100%。" + "要求" * 150
    assert tree(long)[0][2] == "继续推进儿童预防接种信息化系统建设工作并按时完成全年各项数据录入任务 全市儿童接种个案信息,录入上传率达100%"
    # lines with their breaks keep the title as printed
    assert tree("(一)聚焦党建引领 深化理论学习,打造载体。\n(二)防灾减灾")[0][2] == "聚焦党建引领 深化理论学习,打造载体"


def test_on_a_run_on_line_a_title_ends_at_the_space_before_a_comma_less_one_sentence_body():
    # d1403 某市 环保专项行动 (realdocs11), m1503 生态环境局 总结及计划 (realdocs12), t806 常德 (realdocs5): pages
    # saved as one line; the body after the title's space is one sentence without a comma (or opens with 一是)
    body = ("各县(市、区)对环保专项行动开展情况进行总结,完成总结报告,并报送市环保专项行动领导小组办公室。" * 5)
    text = (" (二)摸底和集中整治阶段(5月-8月) 各县(市、区)环保专项行动领导小组组织有关部门对“两高一资”行业企业开展集中检查,"
            "并分别于6月底和7月底报送阶段性报告。 (三)督查阶段(8月-11月) 市环保专项行动领导小组组成若干个小组分别对各县(市、区)"
            "专项行动工作开展督查。 (四)总结阶段(11月) " + body)
    assert [t for _, _, t in tree("四、时间安排" + text)] == ["时间安排", "摸底和集中整治阶段(5月-8月)", "督查阶段(8月-11月)",
                                                          "总结阶段(11月)"]
    text = ("生态环境局工作总结及2021年度工作计划 一、2020年度工作特色亮点 一是环境质量历史最优。全市pm2.5浓度37微克/立方米,"
            "同比 下降11.9%; 空气优良率81.1%,同比提高8.3个百分点。" + body)
    assert tree(text)[0] == ("1", "一、", "2020年度工作特色亮点")
    text = ("二、实施步骤 第一阶段(2016年—2018年):编制《常德市生态文明建设示范市规划(2016-2025)》,提请市人大常委会审议通过并发布"
            "(已完成)。 " + body)
    assert tree(text)[0] == ("2", "二、", "实施步骤")
    # not a break: a short quoted phrase after the space (t805), a title with a comma before the space (t04), a space
    # after a number (t1002)
    assert tree("1. 兜牢“一弱” “暖心路”。 " + body)[0][2] == "兜牢“一弱” “暖心路”"
    assert tree("5、继续推进儿童预防接种信息化系统建设,20xx年以后出生 儿童接种个案信息录入上传率达100%。 " + body)[0][2] == \
        "继续推进儿童预防接种信息化系统建设,20xx年以后出生 儿童接种个案信息录入上传率达100%"
    assert tree("一、2024 年工作总结情况报告汇总。 " + body)[0][2] == "2024 年工作总结情况报告汇总"
    # lines with their breaks keep the title as printed
    assert tree("(三)督查阶段(8月-11月) 市环保专项行动领导小组组成若干个小组开展督查。\n(四)总结阶段")[0][2] == \
        "督查阶段(8月-11月) 市环保专项行动领导小组组成若干个小组开展督查"


def test_an_excerpt_cut_out_mid_list_keeps_its_first_headings():
    # 某市 环保专项行动 2009: a page saved as one line, an excerpt opening "[接上页] (五)", then 四、时间安排
    text = ('[接上页] (五) 切实加强动态报告工作 环保专项行动领导小组办公室要确定专人负责环保专项行动信息管理工作,并通过国家环保总局《环保专项行动信息管理系统》报送环保专项行动各项信息。环保专项行动领导小组每周编发二期工作简报,报送自治区环保专项行动领导小组办公室,并按期报送阶段报告,对重要情况和工作中遇到的难点问题要随时报告,重点环境污染问题和查处的典型案件要及时报送。 四、时间安排 (一)动员部署阶段(5月) 各县(市、区)环保专项行动领导小组结合实际情况,确定本地区整治重点,制定具体实施方案,全面完成环保专项行动的动员部署工作。 (二)摸底和集中整治阶段(5月-8月) 各县(市、区)环保专项行动领导小组组织有关部门对“两高一资”行业企业、钢铁企业、涉砷行业企业开展集中检查,对饮用水源保护区整治措施落实情况开展后督察、城镇污水处理厂、垃圾填埋场存在的环境问题进行集中整治,并分别于6月底和7月底报送阶段性报告。')
    # (五) sits under the 三、 that 四、 implies, cut off before the page begins
    assert tree(text) == [("3.5", "(五)", "切实加强动态报告工作"), ("4", "四、", "时间安排"),
                          ("4.1", "(一)", "动员部署阶段(5月)"), ("4.2", "(二)", "摸底和集中整治阶段(5月-8月)")]
    # 某市 生态环境 工作方案 2023 (a document site's page 11 of 58: items numbered across its sections)
    text = ("各类工作方案-45篇(第11/58页)\n牵头单位:市生态环境局\n6.依法开展规划环境影响评价。严格执行国家环境影响评价法律法规。\n"
            "牵头单位:市生态环境局\n(二)生态环境质量改善\n7.环境空气质量。完善网格化监管网络。\n8.水环境质量。深化水污染防治。\n"
            "(三)生态系统保护\n9.生态环境状况指数。全市生态环境状况指数保持稳定。")
    assert [i for i, _, _ in tree(text)] == ["1.6", "2", "2.7", "2.8", "3", "3.9"]  # 6. is (一)'s, implied by (二)
    # a paragraph list out of order is not an excerpt: 五、 before 一、 in the same text
    assert [i for i, _, _ in tree("五、要加强领导\n一、总体要求\n二、主要任务")] == ["1", "2"]


def test_an_excerpt_opening_inside_a_section_sits_under_the_heading_the_next_one_implies():
    # 省 环保专项行动 2005 (page 3: the stages (二)…(五) of a cut-off 四、, then 五、保障措施): 五、 implies the
    # 四、 above (二)…(五), so their ids are 4.2…4.5; 五、 is kept, and its (一)(二) are 5.1, 5.2 (not 1, "2-2")
    text = ("(二)自查摸底阶段(7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题和2003年以来重点工作落实情况进行深入检查,对群众举报问题进行认真梳理,确定市级挂牌督办名单,在此基础上确定省级挂牌督办名单。各地市环保专项行动领导小组要于7月15日前将检查情况和挂牌督办名单报省环保专项行动领导小组办公室。\n"
            "(三)全面整治阶段(7月16日至8月31日)。各行署、市、县政府组织有关部门对检查出的重点环境问题进行集中整治,公开查处、曝光一批典型环境违法案件。各地市环保专项行动领导小组要将典型环境违法案件和挂牌督办问题整改情况于9月25日前报省环保专项行动领导小组办公室。\n"
            "(四)抽查和重点检查阶段(9月1日至9月30日)。省环保专项行动领导小组将有计划地组织督查组到各地进行督查或暗查。对严重危害群众健康、影响社会稳定的典型环境违法案件,要公开处理一批相关责任人。\n"
            "(五)总结考核阶段(10月1日至11月10日)。各行署、市政府要认真总结环保行动取得的成效与不足,提出加强管理的长效措施,并于11月10日前将《2005年环保专项行动工作总结》和《环保专项行动三年工作总结》报省环保专项行动领导小组办公室。省环保专项行动领导小组办公室将根据《国家环保专项行动考核办法》,对各地市环保专项行动开展情况进行考核。\n"
            "五、保障措施\n"
            "(一)提高认识,增强紧迫感。各地、各部门的负责同志要站在以人为本、执政为民的高度,深刻认识开展环保专项行动、切实解决关系群众切身利益的污染问题,是坚持邓小平理论和“三个代表”重要思想,全面落实科学发展观,构建社会主义和谐社会的重要举措,要切实抓紧抓好落实工作。\n"
            "(二)加强组织领导,强化各级政府责任。省政府成立环保专项")
    assert tree(text) == [("4.2", "(二)", "自查摸底阶段(7月3日至7月15日)"), ("4.3", "(三)", "全面整治阶段(7月16日至8月31日)"),
                          ("4.4", "(四)", "抽查和重点检查阶段(9月1日至9月30日)"), ("4.5", "(五)", "总结考核阶段(10月1日至11月10日)"),
                          ("5", "五、", "保障措施"), ("5.1", "(一)", "提高认识,增强紧迫感"),
                          ("5.2", "(二)", "加强组织领导,强化各级政府责任")]
    levels = [(s.id, s.level) for s in planparse.parse(text).iter_sections()]
    assert levels == [("4.2", 2), ("4.3", 2), ("4.4", 2), ("4.5", 2), ("5", 1), ("5.1", 2), ("5.2", 2)]
    # 市 专项治理 实施方案 2010 (page 6: stages (三)…(五) of a cut-off 三、, then 四、保障措施 and its (一))
    text = ("(三)重点检查阶段(2010年3月-2010年7月)\n"
            "各县(市)区、各有关部门要对本地区、本系统(单位)排查治理情况进行重点检查。对拒不自查自纠、掩盖问题的,一经发现,从严处理;对只做表面文章,敷衍塞责,自查自纠流于形式的,要督促其尽快复查;复查仍不认真的,要严肃追究有关单位负责人的责任。市专项治理工作领导小组将组织力量对各县(市)区、各有关部门工作开展情况适时进行重点抽查。\n"
            "(四)集中整改阶段(2010年8月-2011年1月)\n"
            "各级各有关部门要认真梳理排查出的问题,分析突出问题产生的根源,掌握其发生的形式、规律和特点,查找监管中的薄弱环节和漏洞,结合体制机制制度建设,研究制定整改措施,落实整改责任,及时整改到位,确保政府投资和使用国有资金项目特别是扩大内需项目优质、高效、安全、廉洁。\n"
            "(五)总结巩固阶段(2011年2月-2011年10月上旬)\n"
            "各县(市)区、各有关部门要及时把专项治理工作中的有效措施和经验转化为规章制度,进一步提出需要完善的规章制度和加强日常监管的工作措施,建立健全长效机制。要认真总结本地区、本系统开展专项治理工作情况,于2011年10月10日前将工作情况报市专项治理工作领导小组。市专项治理工作领导小组汇总全市情况,向省专项治理工作领导小组和市委、市政府报送专题报告。为进一步巩固专项治理成果,市专项治理工作领导小组将适时对专项治理工作进行“回头看”。\n"
            "四、保障措施\n"
            "(一)加强领导,统筹推进。各级各部门要认真学习领会中央精神,充分认识开展专项治理工作的重要意义,把这项工作列入议事日程。按照党委(党组)统一领导、党政齐抓共管、部门各负其责的要求,建立健全责任机制,落实任务分工。有关职能部门特别是牵头单位要切实负起责任,抓好职责范")
    assert tree(text) == [("3.3", "(三)", "重点检查阶段(2010年3月-2010年7月)"), ("3.4", "(四)", "集中整改阶段(2010年8月-2011年1月)"),
                          ("3.5", "(五)", "总结巩固阶段(2011年2月-2011年10月上旬)"), ("4", "四、", "保障措施"),
                          ("4.1", "(一)", "加强领导,统筹推进")]
    # 福建 城乡环境卫生整洁行动 目标 2011 (an excerpt (三)…(五) that no more major heading follows): nothing
    # implies a parent, and the opening run stays at the top
    text = ("--全省农村无害化卫生厕所新增8万户(其中省卫生厅负责3万户,省住房与城乡建设厅负责3万户,省农业厅结合农村户用沼气建设配套改厕1万户,省农办结合造福工程改厕1万户),普及率达到78%。\n"
            "(三)有效控制“四害”,城区“四害”密度控制在较低水平,农村“四害”密度显著下降。\n"
            "--鼠密度:城区鼠迹阳性率不超过3%,农村不超过7%;外环境白天不见活鼠活动。\n"
            "(四)城乡结合部、背街小巷、城中村、公路铁路河道沿线、外来人口聚集地、车站码头和集贸市场等重点部位环境卫生脏、乱、差现象得到明显治理。农村垃圾乱倒、污水乱排、杂物乱垛、粪土乱堆、禽畜乱放等“五乱”现象得到有效遏制。\n"
            "开展环境综合整治,全省创建100个生态村、30个农村环境连片整治示范项目点。\n"
            "(五)长效机制基本健全,环卫设施、人员按要求配备到位,完善管理制度,定期检查评比,保持良好的环境卫生状况。\n"
            "--乡镇根据人口规模配备垃圾运输机动车,大的乡镇至少配备2辆运输机动车,其它乡镇至少配备1辆垃圾运输机动车。")
    assert [(i, m) for i, m, _ in tree(text)] == [("3", "(三)"), ("4", "(四)"), ("5", "(五)")]


def test_an_implied_parent_is_the_one_before_the_next_major_heading_at_every_level():
    # the run opens below two cut-off levels: 3. 4. under the (一) that (二) implies, all under the 四、 that 五、 implies
    text = "3.加强领导。成立小组。\n4.强化考核。定期考核。\n(二)完善机制\n1.健全制度。建立台账。\n五、保障措施\n(一)加强宣传"
    assert [i for i, _, _ in tree(text)] == ["4.1.3", "4.1.4", "4.2", "4.2.1", "5", "5.1"]
    # a major heading numbered 3 after a run is not its child (㈠ ㈡ then 三、: 2.1 2.2 3), nor is a 第三章
    assert [i for i, _, _ in tree("㈠加强领导。成立小组。\n㈡强化考核。\n三、保障措施\n(一)加强宣传")] == ["2.1", "2.2", "3", "3.1"]
    assert [i for i, _, _ in tree("(三)加强领导。成立小组。\n(四)强化考核。\n第三章 保障措施\n一、加强宣传")] == [
        "2.3", "2.4", "3", "3.1"]
    # a major heading numbered 1 implies nothing: the run before it was a list in the preamble
    assert [i for i, _, _ in tree("(一)加强领导。成立小组。\n(二)强化考核。\n一、保障措施\n(一)加强宣传")] == ["1", "1.1"]


def test_enclosed_markers_open_the_levels_their_bracketed_forms_would():
    # 州 环保专项行动 2011 (an excerpt from 四、's ㈠-㈣, then 五、 and its ㈠): ㈠ ㈡ … (U+3220-3229) are (一) (二) …
    text = ("㈠ 动员部署阶段(4月-5月中旬)。\n各县(市、口岸)环保专项行动领导小组要结合实际情况,确定本辖区整治工作重点,制定具体实施方案。\n"
            "㈡ 全面排查和集中整治阶段(5月下旬-8月)。\n各县(市、口岸)环保专项行动领导小组要按照自治州环保专项行动的总体部署,严肃查处一批典型违法案件。\n"
            "㈢ 督查阶段(9月)。\n自治州专项行动领导小组将对全州专项行动工作开展情况进行督查。\n"
            "㈣ 总结阶段(10月)。\n各县(市、口岸)要认真总结专项行动取得的成效和存在的不足。\n"
            "五、工作措施和要求\n各县(市、口岸)要认真贯彻落实自治州的决策部署,确保环保专项行动取得实效。\n"
            "㈠ 加强组织领导。各县(市、口岸)要将深入开展整治违法排污企业保障群众健康环保专项行动作为一项重要工作。")
    assert tree(text) == [("4.1", "㈠", "动员部署阶段(4月-5月中旬)"), ("4.2", "㈡", "全面排查和集中整治阶段(5月下旬-8月)"),
                          ("4.3", "㈢", "督查阶段(9月)"), ("4.4", "㈣", "总结阶段(10月)"), ("5", "五、", "工作措施和要求"),
                          ("5.1", "㈠", "加强组织领导")]
    # ⒈ (U+2488-249B) is 1., ⑴ (U+2474-2487) is (1): each one character, read at the level its printed form opens
    text = "一、总体要求\n⒈加强领导。成立领导小组。\n⑴落实责任。\n⑵强化考核。\n⒉完善机制\n二、主要任务\n㈠ 推进改革\n⒑ 健全制度"
    assert tree(text) == [("1", "一、", "总体要求"), ("1.1", "⒈", "加强领导"), ("1.1.1", "⑴", "落实责任"),
                          ("1.1.2", "⑵", "强化考核"), ("1.2", "⒉", "完善机制"), ("2", "二、", "主要任务"),
                          ("2.1", "㈠", "推进改革")]
    # the same style printed either way is one level: (一) then ㈡
    assert tree("(一)加强领导\n㈡强化考核\n(三)完善机制") == [("1", "(一)", "加强领导"), ("2", "㈡", "强化考核"),
                                                     ("3", "(三)", "完善机制")]


def test_enclosed_markers_on_a_run_on_line_end_the_title_before_them():
    body = "各县(市、口岸)环保专项行动领导小组要结合实际情况,确定本辖区整治工作重点,制定具体实施方案,完成专项行动的动员部署工作。" * 4
    text = "四、时间安排 ㈠ 动员部署阶段(4月-5月中旬)。" + body + " ㈡ 全面排查和集中整治阶段(5月下旬-8月)。" + body
    assert tree(text) == [("4", "四、", "时间安排"), ("4.1", "㈠", "动员部署阶段(4月-5月中旬)"),
                          ("4.2", "㈡", "全面排查和集中整治阶段(5月下旬-8月)")]
    # a first subheading glued to its parent's title: 五、工作措施和要求㈠加强组织领导。
    assert [t for _, _, t in tree("五、工作措施和要求㈠加强组织领导。各县要切实加强组织领导。\n㈡强化督查")] == \
        ["工作措施和要求", "加强组织领导", "强化督查"]


def test_an_item_opening_with_a_year_after_its_dun_marker():
    # 延津 衔接资金项目安排 2022: each item of (一) opens with the year
    text = ("二、项目谋划安排情况\n(一)政策补贴延续类项目,共1240万元\n"
            "1、2022年延津县“雨露计划”职业教育助学工程项目,计划安排资金180万元。\n"
            "2、2022年延津县“雨露计划”短期技能培训项目,计划安排资金20万元。\n"
            "3、2022年延津县金融扶贫户贷户用贴息项目,计划安排资金70万元。\n"
            "(二)产业类项目,共4350万元。\n1、与“龙头企业”合作发展村集体经济项目,计划安排资金3850万元。")
    assert [i for i, _, _ in tree(text)] == ["2", "2.1", "2.1.1", "2.1.2", "2.1.3", "2.2", "2.2.1"]
    assert tree(text)[2][2] == "2022年延津县“雨露计划”职业教育助学工程项目,计划安排资金180万元"
    # numbers listed before a month are no item (1、2月份), nor an attachment list's 2.2025年… under 附件:1.…
    assert [i for i, _, _ in tree("一、工作安排\n1、2月份完成摸底。\n二、保障措施")] == ["1", "2"]
    assert [i for i, _, _ in tree("一、工作安排\n正文。\n附件:1.2025年任务清单\n2.2025年民生实事任务分解")] == ["1"]


def test_a_document_sites_page_counters_are_chrome_not_records():
    # 乡镇2023年政府工作报告汇编 第3页 (观山文库), 某市 各类工作方案汇编 第11页, 幸福镇 十四五 中期评估 (100人浏览)
    text = ("文似观山不喜平 — — 观山文库◆记住我,来上我~\n乡镇2023年政府工作报告-35篇(第3/65页)\n"
            "网络 分享 时间: 加入收藏 共计307941个字,预计阅读时长1027分钟\n  • 100人浏览   2025-01-06 12:45:25\n"
            "二、综合实力持续攀升,发展后劲充足有力\n2022年,全镇一般公共预算收入3512万元,同比增加12%。")
    doc = planparse.parse(text)
    assert doc.targets and all(t.section == "2" for t in doc.targets)  # none from -35篇, 共计307941个字, 100人浏览
    assert [s.id for s in doc.iter_sections()] == ["2"]


def test_a_short_flattened_line_with_a_run_of_headings_after_sentence_ends():
    # devgold d23-03 (成都 申报 notice, its 申报流程 saved as one line of 224 characters)
    text = ("申报流程 (一)申报单位申报。申报单位应于2024年7月30日(星期二)前将胶印成册的申报书纸质版和PDF扫描件报送至所在区(市)县"
            "工业和信息化主管部门。 (二)区(市)县审核。各区(市)县工业和信息化主管部门应于2024年8月2日(星期五)日前对申报材料进行审核。"
            " (三)汇总报送。经各区(市)县工业和信息化主管部门审核合格的申报人,由各区(市)县工业和信息化主管部门于2024年8月7日(星期三)前"
            "汇总后,正式行文推荐报送至市经信局市新经济委。")
    assert tree(text) == [("1", "(一)", "申报单位申报"), ("2", "(二)", "区(市)县审核"), ("3", "(三)", "汇总报送")]
    # a (二) cited inside a short line is no heading, nor a run that does not start at the first
    assert tree("按上文 (二)的要求办理。 (三)另行通知。 (四)从略。") == []
    assert tree("申报流程 (一)申报。按要求办理。 (二)审核。") == []


def test_a_heading_after_a_sentence_end_and_a_space_in_a_short_line_when_it_continues_a_run():
    # devgold t2901 (雁山 城管局 工作总结 2020): a stray 。 and a space before the heading on its line
    text = ("(一)加大市容整治,确保市容环境得到提升。\n一是集中整治加强市容管理。\n(二)依法行政,顺利完成两违工作任务\n"
            "截止目前,查处并上报违法建筑共计\n(三)开展数字化城管网格管理\n2020\n年我局积极开展网格化精细数字管理工作,"
            "完成率达到\n99.8%\n。 (四)加强环卫各项工作,确保辖区环境卫生的干净、整洁。\n一是日收运 ...")
    assert tree(text)[-2:] == [("3", "(三)", "开展数字化城管网格管理"), ("4", "(四)", "加强环卫各项工作,确保辖区环境卫生的干净、整洁")]
    # devgold u2903 (连云港 乡村医生签约服务 实施方案 2017): an excerpt opening at 二、 on a line of 297 characters
    # (under _LONG_LINE), its first subheading after the next sentence end, on a page with no heading line
    text = ("连云港市区乡村医生签约服务实施方案 为充分发挥村卫生室网底作用,丰富乡村医生服务内涵,转变服务方式,切实为居民提供质优价廉的"
            "基本医疗卫生服务,根据精神,, 40%以上的家庭获得签约服务,重点人群签约服务覆盖率达60%以上;到2020年,力争有需要的家庭均能"
            "获得签约服务,农村地区基本实现乡村医生签约服务制度全覆盖。 二、签约要求 村卫生室、乡镇卫生院应积极主动与农村居民建立相对"
            "稳定的契约服务关系,落实签约服务责任。 (一)服务提供方。乡村医生是签约服务第一责任人,村卫生室、乡镇卫生院卫技人员与签约的"
            "乡村医生组成团队,共同提供签约服务;无村卫生室或村卫生室不具备条件的,由乡镇卫生院直接提供签")
    assert tree(text) == [("2", "二、", "签约要求"), ("2.1", "(一)", "服务提供方")]
    # a marker that continues no run is prose: 。 3.… / 。 1.… in a paragraph, a lone excerpt opening, (二) cited after 二、
    text = "一、工作目标\n(一)加强领导\n全年计划完成改造任务。 3.提升服务能力的要求见附件。 1.具体安排另行通知。\n(二)完善机制"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.2"]
    assert tree("正文全覆盖。 二、签约要求 村卫生室应积极主动。") == []
    assert tree("正文全覆盖。 二、签约要求 村卫生室应积极主动。 (二)服务提供方。") == []


def test_on_a_run_on_line_a_heading_after_a_closing_lenticular_bracket():
    # devgold u2101 (区乡村振兴 行动计划, line breaks lost): each item ends with a 【牵头单位:…】 note
    body = "深入贯彻落实中央和省市关于乡村振兴的决策部署,全面推进各项工作。" * 4
    text = ("(一)健全乡村振兴领导体制。" + body + "【牵头单位:区农业农村局(区委农办);责任单位:区委农村工作领导小组成员单位】"
            "(二)落实三级书记抓乡村振兴责任体系。" + body + "【牵头单位:区农业农村局(区委农办);责任部门:区委办、各街道(镇)】"
            "(三)加强乡村振兴机构队伍建设。" + body)
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "(一)"), ("2", "(二)"), ("3", "(三)")]


def test_an_item_opening_with_a_year_after_a_dot():
    # 妇联 工作总结及计划 2024 (realdocs14 d1703): an outline of items opening with a year, 1.2023年… 2.2024年…
    text = "一、总述\n回顾2023年的妇联工作。\n二、大纲提炼\n1.2023年妇联工作总结 - 妇女事业发展情况\n2.2024年工作计划 - 强化组织建设\n3.结语\n三、详细阐述\n1.2023年妇联工作总结\n在2023年,我们取得了以下成果。"
    assert tree(text) == [("1", "一、", "总述"), ("2", "二、", "大纲提炼"),
                          ("2.1", "1.", "2023年妇联工作总结 - 妇女事业发展情况"), ("2.2", "2.", "2024年工作计划 - 强化组织建设"),
                          ("2.3", "3.", "结语"), ("3", "三、", "详细阐述"), ("3.1", "1.", "2023年妇联工作总结")]


def test_the_list_of_attachments_below_fujian_is_not_structure():
    # 兴庆区 政府工作报告任务分解通知 2018 (realdocs2 u06): 附件:1.… on its line, 2.… 3.… one a line below
    text = ("一、落实责任,确保质量\n各单位要明确分管领导。\n三、加强督查,有效监督\n区政府办公室将严格督查。\n"
            "附件:1.2018年《政府工作报告》主要工作目标任务分解表\n2.2018年民生十件实事任务分解表\n"
            "3.银川市2018年为民办实事任务分解表\n银川市兴庆区人民政府办公室\n2018年3月5日")
    assert [i for i, _, _ in tree(text)] == ["1", "3"]
    # 宣城 健康宣城行动 通知 2020 (realdocs2 u04): 附件: alone on its line, then the list; a notice with no other heading
    text = "请各参会单位认真研究。\n\n附件:\n\n1.参会单位名单\n\n2.《健康宣城行动实施方案(代拟稿)》\n\n2020年10月21日"
    assert tree(text) == []
    # 附件1 without a colon heads the attachment's own text: its 一、 and 1. are headings
    text = "附件1\n任务清单\n一、县示范区管委会牵头工作\n1.建设养殖基地。\n2.打造生产基地。"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "1.2"]


def test_a_decimal_heading_whose_parents_are_not_printed_keeps_the_path_it_prints():
    # 牟定 突发环境事件应急预案 2017 (realdocs9 m1205): the excerpt's body shows 1.1 and 1.2 without a 1 read before them
    text = "牟定县突发环境事件应急预案(试行)\n1.1 编制目的\n建立健全突发环境事件应急机制。\n1.2 编制依据\n《中华人民共和国突发事件应对法》。"
    assert [i for i, _, _ in tree(text)] == ["1.1", "1.2"]
    assert [s.level for s in planparse.parse(text).iter_sections()] == [2, 2]  # the level an id names (contract)
    # devgold u2801 (自然灾害应急预案 2023, a docx preview on one line): (2023版)1总则… gives no 1; 3 after 1.3 is no child of it
    text = ("自然灾害应急预案(2023版)1总则编制目的建立健全自然灾害救灾工作机制,规范救灾行为。1.1 编制依据中华人民共和国突发事件应对法等。"
            "1.2 适用范围。1.2.2 当毗邻县发生较大自然灾害并对境内造成重大影响时,按照本预案开展应急救灾工作。1.3 工作原则量参与灾后重建工作。"
            + "协助做好贫困灾害应急处置和灾后恢复重建等工作。" * 8 + "3灾害预警响应")
    assert [i for i, _, _ in tree(text)] == ["1.1", "1.2", "1.2.2", "1.3", "3"]
    # under a heading of another style the decimal ones nest as usual
    assert [i for i, _, _ in tree("一、总则\n2.1 编制目的\n为及时处置。\n2.2 编制依据\n依据有关法律。")] == ["1", "1.1", "1.2"]


def test_a_table_of_contents_run_on_one_line_is_not_structure():
    # 老金范文 汇编 (realdocs2 t19): 目录 with page numbers, then the first document's own 一、
    text = ("卫生健康局2023年工作总结汇编(5篇) 目录 1. 区卫生健康局2023年工作总结和2024年工作计划 2 2.区卫生健康局2023年工作总结及"
            "2024年工作计划 10 3.县卫生健康局2023年度依法行政工作总结 16 区卫生健康局2023年工作总结和2024年工作计划 2023年,我局深入学习"
            "贯彻党的二十大精神,攻坚克难、砥砺前行,开工5个医院建设项目。" + "我们将围绕“1+4”文件的4大板块全力以赴推动卫生健康事业高质量发展。" * 3
            + " 一、工作总结 (一)医院建设全面提速提效。开工5个医院建设项目。")
    assert [(i, t) for i, _, t in tree(text)] == [("1", "工作总结"), ("1.1", "医院建设全面提速提效")]
    # 文库 汇编 (devgold-sm37 sm3717): 目录1.… 2.… with no page numbers and no heading after them in the excerpt
    text = "汇编(35篇)目录1.2023年白鹤镇政府工作报告 " + " ".join(f"{k}.2023年第{k}镇政府工作报告" for k in range(2, 30)) + "\n各位代表:现在,我代表白鹤镇人民政府向大会作政府工作报告。"
    assert tree(text) == []
    # a 目录 widget above the text's own items (天津 医联体 2017, realdocs2 u01): items with a 。 are the text's
    text = "首页 > 法律法规 > 正文阅览\n目录\n1.实行医疗联合体网格化管理。制定本市医疗联合体布局规划。\n2.落实不同医疗机构功能定位。各级医院分工协作。"
    assert [i for i, _, _ in tree(text)] == ["1", "2"]


def test_a_preview_page_kept_without_its_site_header_opens_with_its_first_chunk():
    # 县 农村饮水 实施方案 (realdocs u2001): '1、' opens a whole page cut mid-sentence, '2、' '3、' the next pages
    text = '1、农村饮水平安工程实施方案 为让全县农村百姓早日喝上放心水、平安水,保障广阔农村居民身体健康和生命平安,改善农村人居环境,提高农民生活质量,加快实现全面建设小康社会目标,按照市委、市政府的总体部署,结合我县实际,制定本实施方案。 一、任务目标 按照2022年普查和省水利厅的认定结果,到2023年末,根本解决18个乡(镇)、经济开发区、生态旅游经济区,118个村222个自然屯,173801农村人口饮水平安问题。 二、资金安排 由国家、省、市财政投资1.4552亿元用于我县农村饮水平安工程。在国家和省投资未确定前,市政府将实行统筹安排,待国家及省投资下达后,按有关文件执行。 三、组织领导 为切实加强\n2、对我县农村饮水平安工作的组织领导,县政府成立农村饮水平安工程建设领导小组。县长冯守权任组长,县人大常委会副主任王树生、县政府副县长徐凤贵、县政府副县级调研员刘洪生任副组长。县政府办公室、县发改局、监察局、财政局、城建局、水利局、卫生局、审计局、农电局、规划和国土资源局、环保局、县政府督查室及各乡(镇)、经济开发区、生态旅游经济区为成员单位。领导小组下设办公室,办公室设在县水利局,县水利局局长李汉库任办公室主任,水利局副局长李仲申任办公室副主任。 县直相关部门根据职责分工,协调配合做好农村饮水平安工作。县开展和改革局与水利局组织工程申报,争取国家和省级投资;县监察局负责工程建设过程中执法、执纪情\n3、况监督;县财政局负责工程工程资金的筹措、落实以及工程投资的监管工作;县城乡建'
    assert [i for i, _, _ in tree(text)] == ["1", "2", "3"]
    # a plan whose first item is short and closed by a 。 keeps its items
    assert [i for i, _, _ in tree("1、加强组织领导。成立领导小组。\n2、强化督查考核。")] == ["1", "2"]


def test_a_government_pages_footer_adds_no_record():
    # the forms a gov.cn page prints under the notice: neighbouring articles (their titles carry other documents'
    # figures), the site's 主办/承办 offices (no task of the notice), contacts, counters and a browser hint
    sample = (Path(__file__).resolve().parents[1] / "samples" / "fengxian-2024-health-workplan.txt").read_text(encoding="utf-8")
    footer = ("\n上一篇:关于印发2023年全区卫生健康工作要点的通知\n下一篇:2024年1-6月全区医疗机构门诊量增长12.5%\n"
              "责任编辑:张三  审核:李四\n主办单位:上海市奉贤区人民政府办公室  承办单位:奉贤区大数据中心\n"
              "地址:奉贤区南桥镇解放东路9号  邮编:201400  联系电话:021-57420000\n"
              "网站标识码:3101200001  沪ICP备05001234号-1\n您是本站第 12345678 位访客  建议使用1366×768分辨率浏览\n")
    bare, footed = planparse.parse(sample), planparse.parse(sample + footer)
    for kind in ("targets", "percentages", "deadlines", "responsible_units"):
        assert [r.model_dump() for r in getattr(footed, kind)] == [r.model_dump() for r in getattr(bare, kind)], kind
    assert [s.id for s in footed.iter_sections()] == [s.id for s in bare.iter_sections()]


def test_parts_told_under_a_heading_of_a_policy_explainer_are_prose():
    # 湟源县大华镇 集镇综合整治 政策解读 2023 (devgold-dl40 dl4006); 精武镇 政府工作报告解读 2023 (sm3719)
    text = ("一、计划背景\n为进一步规范大华集镇秩序,镇政府决定开展专项行动,特制定本方案。\n"
            "二、基本框架和主要内容\n《方案》由五部分组成\n"
            "第一部分总体要求,以习近平新时代中国特色社会主义思想为指导,全面改善集镇面貌。\n"
            "第二部分组织领导,为强化组织领导,成立工作领导小组。\n")
    assert tree(text) == [("1", "一、", "计划背景"), ("2", "二、", "基本框架和主要内容")]
    text = ("一、《报告》起草过程\n起草组认真学习中央和全市重大会议精神。\n二、《报告》的主要内容\n《报告》共分为两个部分:\n"
            "第一部分,2023年工作回顾。《报告》从高质量发展成效显著等方面回顾了全年工作。\n"
            "第二部分,2024年的工作安排。重点提出了七个方面重点工作。\n")
    assert [i for i, _, _ in tree(text)] == ["1", "2"]
    # 云南 推进乡村建设行动实施方案 解读 2022 (devgold-dl43 yunnan-2022): 第一部分是“总体要求”。 (a part told with 是/为)
    text = ("一、出台背景\n党的十九届五中全会提出实施乡村建设行动。\n二、主要内容\n《实施方案》共分为四个部分。\n"
            "第一部分是“总体要求”。明确我省推进乡村建设行动的指导思想、工作原则和总体目标。\n"
            "第二部分是“重点任务”。明确我省推进乡村建设的12项重点任务。\n第三部分为“保障措施”。\n")
    assert tree(text) == [("1", "一、", "出台背景"), ("2", "二、", "主要内容")]


def test_a_part_after_a_preamble_list_still_opens_the_outline():
    text = "1.坚持统筹\n第一部分 2022年工作总结\n一、成效\n第二部分 2023年工作计划\n一、目标"
    assert [i for i, _, _ in tree(text)] == ["1", "1.1", "2", "2.1"]


def test_an_outline_that_lists_its_top_headings_without_numbers_keeps_the_bodys_first_top_heading():
    # 牟定 突发环境事件应急预案 2017 (devgold-sm42 mouding): the 目录 prints 总则 / 1.1 编制目的 / … unnumbered on top,
    # so its first recurring heading is 1.1; the body's '1 总则' right above it is the body's, not the outline's
    text = ("牟定县突发环境事件应急预案(试行)\n\n总则\n\n1.1 编制目的\n\n1.2 编制依据\n\n组织体系及职责\n\n2.1 指挥机构\n\n"
            "2.2 办事机构\n\n1 总则\n\n1.1 编制目的\n\n建立健全突发环境事件应急机制,提高政府应对突发环境事件的能力。\n\n"
            "1.2 编制依据\n\n《中华人民共和国突发事件应对法》。")
    assert [(s.id, s.marker, s.title) for s in planparse.parse(text).iter_sections()] == [
        ("1", "1", "总则"), ("1.1", "1.1", "编制目的"), ("1.2", "1.2", "编制依据")]


def test_a_paragraph_indent_lost_to_question_marks_does_not_hide_a_heading():
    # 牡丹江 慢性病规划 2018 (devgold-sm42 mudanjiang): a mirror saved the two full-width indent spaces as '??'
    text = ("各縣(市)、區人民政府,市政府各直屬單位:\n??經市政府同意,現將《牡丹江市防治慢性病中長期規劃(2018—2025年)》印發給你們,"
            "請認真貫徹執行。\n牡丹江市人民政府辦公室\n??2018年5月14日\n??牡丹江市防治慢性病中長期規劃(2018—2025年)\n"
            "??為積極推進慢性病防治工作,特制定本規劃。\n??一、規劃背景\n??慢性病主要包括心腦血管疾病。\n??二、總體要求\n"
            "??(一)指導思想。\n??全面貫徹落實黨的十九大精神。")
    doc = planparse.parse(text)
    assert [(s.id, s.marker, s.title) for s in doc.iter_sections()] == [
        ("1", "一、", "規劃背景"), ("2", "二、", "總體要求"), ("2.1", "(一)", "指導思想")]
    assert doc.meta.date == "2018-05-14"
    # a question asked at a line's start is text
    assert planparse.parse("??? 这是问题吗\n一、总体要求").sections[0].title == "总体要求"


def test_a_task_tables_row_may_hold_its_category_heading_and_first_item():
    # 江门 政务公开 任务分工 (realdocs rd-019): the merged category cell prints on its group's first row only
    text = ("工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"
            "二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n"
            "3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
            "三、持续加强重大政策发布解读。 | 5.聚焦我中心工作,切实加强重大政策实施的发布解读。 | 各科室 |\n")
    assert [(s.id, s.marker, s.title) for s in planparse.parse(text).iter_sections()] == [
        ("1", "一、", "做好财政信息公开"), ("1.1", "1.", "积极推进本中心预算、决算及相关报表公开"),
        ("2", "二、", "做好政府网站专栏信息公开"), ("2.2", "2.", "及时更新网站频道的各类型概况信息"),
        ("2.3", "3.", "及时反馈网民对调查征集信息的意见"), ("2.4", "4.", "及时更新微信公众号信息"),
        ("3", "三、", "持续加强重大政策发布解读"), ("3.5", "5.", "聚焦我中心工作,切实加强重大政策实施的发布解读")]
    # a number in the next cell that is no item of the list (a count) stays text
    text = "一、新建学校。 | 2所 | 教育局 |\n二、改造道路。 | 3.5公里 | 交通局 |"
    assert [s.id for s in planparse.parse(text).iter_sections()] == ["1", "2"]


def test_a_heading_numbered_in_tortoise_shell_brackets_reads_as_its_round_bracket_form():
    # 汇文网 民政局十四五工作安排 (realdocs rd-022): a converted PDF prints (一) as 〔一〕; the site's 温馨提示 1.–4. above
    # it are then a list before the outline, not items
    text = ("温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常。\n2. 本文档由用户上传,版权归属用户。\n"
            "2023\n民政局\n十四\n工作\n安排\n范文\n"
            "民政局十四五工作安排\n〔一〕“十四五〞工作思路和初步设想\n1.总体思路\n以习近平新时代中国特色社会主义思想为指导。\n"
            "2.初步设想\n在社会救助事业上。")
    doc = planparse.parse(text)
    assert [(s.id, s.marker, s.title) for s in doc.iter_sections()] == [
        ("1", "〔一〕", "“十四五〞工作思路和初步设想"), ("1.1", "1.", "总体思路"), ("1.2", "2.", "初步设想")]
    # the site's tag list above the title (a word a line) is no title printed in pieces
    assert doc.meta.title == "民政局十四五工作安排"


def test_the_next_item_of_a_run_right_after_a_sentence_end_in_a_short_line():
    # 宜都 民政局 救助工作总结 2018 (open45a oa09, 360docs preview): a page break cut the paragraph of 2. and the next
    # line, under 300 characters, runs item 3. on right after a 。 with no space: it continues the run (1.3 in gold)
    text = ("民政局2018年救助工作总结\n一、社会救助工作扎实有力1.城乡低保政策落实到位。全市14035户25559人享受城乡低保。\n"
            "2.农村五保供养工作扎实。春节期间为1690名农村五保对象发放一次性生活补贴3\n\n"
            "3.8万元。对全市11所农村福利院进行了事业单位和法人登记。3.救灾救济工作及时有效。今年全市先后4次遭受干旱。")
    assert [(i, m, t) for i, m, t in tree(text)][-1] == ("1.3", "3.", "救灾救济工作及时有效")
    # two headings saved as one sentence each on one line (二、整治时间为…。三、行动时间:…)
    assert [i for i, _, _ in tree("二、整治时间为2023年10月至12月。三、行动时间:2024年3月至12月。")] == ["2", "3"]
    # without a space only the next of a style already found: not a first item (①, 1.), not a skip, not a decimal
    assert [i for i, _, _ in tree("一、加强领导\n1.落实责任。建立台账。①明确分工。②完善机制。\n2.强化考核")] == ["1", "1.1", "1.2"]
    assert [i for i, _, _ in tree("一、工作目标\n(一)加强领导\n全年计划完成改造任务。3.提升服务能力。1.具体安排另行通知。\n(二)完善机制")] == \
        ["1", "1.1", "1.2"]
    assert [i for i, _, _ in tree("一、加强领导\n1.落实责任。发放补贴。2.5万元用于培训。\n2.强化考核")] == ["1", "1.1", "1.2"]


def test_a_sharing_sites_cut_preview_of_the_next_line_is_not_the_text():
    # 公文搜 (open46b pb02, blind44 b4406): the page prints the opening of the flattened text, cut mid-sentence, on a line
    # of its own right above the whole text: its headings are a copy, and the text's (一)…(四) are the sections
    title = "县农业农村局2020年工作总结暨2021年工作打算"
    pad = "在稳固粮食生产、畜禽养殖、蔬菜种植等传统产业的基础上,新增茶叶2000亩,稻渔综合种养1200亩,特色中药300亩。"
    full = (f"{title} {title} 一、2020年工作总结 (一)积极调整农业产业结构。{pad * 2} (二)创新科技促进农业发展。一是积极对接项目。"
            f"{pad} (三)培育新型经营主体引导品牌创建。全县现有龙头企业22家。{pad} (四)努力加强农产品安全监管。定期监督抽检。")
    text = f"{title}\n公文搜 2021-07-12 11:07:54 农业\n{full[:95]}\n{full}"
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("1.1", "(一)"), ("1.2", "(二)"), ("1.3", "(三)"),
                                                   ("1.4", "(四)")]


def test_a_full_stop_read_as_o_after_a_percent_ends_the_paragraph_before_a_run_on_heading():
    # 文档站把 docx 预览识别成文字时，百分号后的句号成了字母 o（第壹文秘 rd-031 “同比分别增长22.4%、25.92%o(二)坚持以文化人,…”，
    # 课桌文档 open47b pd06 “义务教育巩固率99.9%o(二)各类教育得到协调发展。”）：(二) 仍是一段的开头
    body = ("1、某局2023年工作总结一、2023年工作完成情况(一)坚持项目为王,提升产业发展韧性。" + "推进项目建设," * 30
            + "预计同比分别增长22.4%、25.92%o(二)坚持以文化人,提高公共文化服务质效。" + "开展惠民活动," * 30)
    assert [(i, m) for i, m, _ in tree(body)] == [("1", "一、"), ("1.1", "(一)"), ("1.2", "(二)")]
    # 别处的 o 不是句号：%o 后面不是标题时照旧
    assert [i for i, _, _ in tree("一、目标\n(一)指标。" + "增长5%ok" + "措施," * 120)] == ["1", "1.1"]


def test_an_excerpt_that_cut_the_first_items_of_a_list_keeps_the_item_it_shows():
    # 百科类转载只摘了(三)下的第7条（open47b pd03 “(三)激活就業創業主體。/7.鼓勵其他人員投身創業。…/(四)拓展就業創業空間。/
    # 1.發展吸納就業能力強的產業。”）：同一样式在下一个(四)下从 1 开始，说明 7. 是(三)下被删节的列表中的一条
    text = ("三、政策措施\n(一)弘扬就业创业精神。\n(二)放宽市场准入。\n(三)激活就业创业主体。\n"
            "7.鼓励其他人员投身创业。鼓励失业人员自主创业。\n(四)拓展就业创业空间。\n1.发展吸纳就业能力强的产业。重点培育产业。\n"
            "2.大力拓宽创业领域。引导创业。")
    assert [i for i, _, _ in tree(text)] == ["3", "3.1", "3.2", "3.3", "3.3.7", "3.4", "3.4.1", "3.4.2"]
    # 没有这样的下一个列表时，正文里孤零零的编号仍不算（孝感 年报 rd-092 表头“第二十条第(一)项”）
    text = "一、总体情况\n二、主动公开情况\n第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 |\n三、依申请公开情况"
    assert [i for i, _, _ in tree(text)] == ["1", "2", "3"]


def test_a_colon_after_a_part_or_chapter_marker_opens_its_title():
    # 范文站 中学工作计划 (realdocs rd-066 '第二部分:发展任务' / '第四章:德育创新与学生成长' / '(一)明确育人目标');
    # 讲政府工作报告写法的帖子也这样印（'第一部分:去年工作回顾。'）：冒号后是标题，不是空标题
    text = "第一部分:发展任务\n第一章:德育创新与学生成长\n(一)明确育人目标\n以理想和信仰的追寻为主线。\n(二)创新德育途径\n开展活动。"
    assert tree(text) == [("1", "第一部分", "发展任务"), ("1.1", "第一章", "德育创新与学生成长"),
                          ("1.1.1", "(一)", "明确育人目标"), ("1.1.2", "(二)", "创新德育途径")]
    # 章在全文连续编号：第二部分下第一个章是第四章（rd-066 是删节的范文）
    text = "第二部分:发展任务\n第四章:德育创新与学生成长\n(一)明确育人目标\n以理想和信仰的追寻为主线。\n(二)创新德育途径\n开展活动。"
    assert tree(text) == [("2", "第二部分", "发展任务"), ("2.4", "第四章", "德育创新与学生成长"),
                          ("2.4.1", "(一)", "明确育人目标"), ("2.4.2", "(二)", "创新德育途径")]
    # 冒号后没有标题时照旧不算（“第一部分:”单独一行）
    assert [i for i, _, _ in tree("第一部分:\n一、总体要求\n二、主要任务")] == ["1", "2"]


def test_a_digest_that_joined_its_sentences_with_commas_has_headings_after_its_commas():
    # 查策网 digest of 莆田 人社局 补短板 攻坚方案 2022 (open48b pg03): one long line whose only sentence end closes it; the
    # digest dropped 一、 and (二)-(四), so (五) follows (一); a title ends at the comma that stands for its line end
    text = ("局机关各科室、局属各单位:根据《莆田市机关效能建设领导小组关于印发<2022年度省对市绩效管理公众评议工作提升措施>的通知》"
            "(莆效综〔2022〕2号)文件要求,现将我局《2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案》"
            "印发给你们,莆田市人力资源和社会保障局2022年8月18日2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚"
            "方案从2021年省对市公众评议评价指标看,现就做好2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”工作制定本方案,"
            "二、工作举措(一)开展就业创业服务提升专项行动,进一步抓好重点群体就业工作,深入开展“10+N”公共就业服务专项活动,责任科室"
            "(单位):就业科、能建科、人才中心、就业中心分别牵头,责任科室(单位):养老科、工伤科、就业科分别牵头,(五)开展人社信息宣传"
            "提升专项行动,责任科室(单位):办公室牵头,局办公室将攻坚举措列入局稳就业保民生重大政策全程跟踪落实机制管理范围。")
    assert tree(text) == [("2", "二、", "工作举措"), ("2.1", "(一)", "开展就业创业服务提升专项行动"),
                          ("2.5", "(五)", "开展人社信息宣传提升专项行动")]
    # 盘州 企业上市 暂行办法 2022 (open47c pe05): 第一章 right after the title, 第一条 after its chapter's name, the
    # digest's article numbers skip (第二条, 第四条, 第五条, 第十条)
    text = ("各金融机构:《盘州市关于支持企业上市(挂牌)暂行办法》经市政府2022年第9次(二届政府第10次)常务会议审议通过,2022年6月5日"
            "盘州市关于支持企业上市(挂牌)暂行办法第一章总则第一条为切实助推企业上市(挂牌),第二条适用本办法的企业是指工商、税务、"
            "统计关系均在我市范围内且承诺自成功上市(挂牌)所在年度起五年内以上关系不变更的企业,每年预算安排5000万元支持企业上市"
            "(挂牌)资金,第二章企业上市(挂牌)支持政策第四条设立或争取上级政府投资基金,第五条首次公开发行股票并在国内主板上市的企业,"
            "给予一次性奖励1500万元,第三章附则第十条企业应自满足本办法相关条件之日起3个月内向市金融工作服务中心提出兑现申请,"
            "第十一条企业若违反相关承诺或采取不正当手段骗取本办法奖补资金,则企业根据本办法所得奖补资金将予以追回。")
    assert [(i, m) for i, m, _ in tree(text)] == [
        ("1", "第一章"), ("1.1", "第一条"), ("1.2", "第二条"), ("2", "第二章"), ("2.4", "第四条"), ("2.5", "第五条"),
        ("3", "第三章"), ("3.10", "第十条"), ("3.11", "第十一条")]
    # a long paragraph with its sentence ends kept: a (二) after a comma stays prose
    text = ("一、总体要求\n" + "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神," * 5
            + "重点做好(二)类项目的审核,确保工作落实。各地要加强领导。" + "深入推进各项改革,持续优化营商环境," * 5 + "推动高质量发展。")
    assert [m for _, m, _ in tree(text)] == ["一、"]


def test_a_long_one_sentence_paragraph_below_a_heading_is_no_digest():
    # finding 1 of rv48: a 总体要求 paragraph of one sentence (…,3、4月份组织春耕生产,二、三季度抓好项目建设,…) is prose, not a
    # digest: a digest is the page's text saved as its first line (pg03, pe05, xiangtan); 二、重点任务 stays the second heading
    text = ("某县2024年乡村振兴工作要点\n一、总体要求\n为深入贯彻落实党的二十大精神和中央、省、市关于全面推进乡村振兴的决策部署,"
            "根据《某市2024年乡村振兴工作要点》,结合我县实际,坚持农业农村优先发展,坚持城乡融合发展,推动一、二、三产业融合发展,"
            "着力培育新型农业经营主体,2023年全县农业总产值达到85亿元,比上年增长5.2%,农村居民人均可支配收入达到2.1万元,"
            "今年重点抓好3个方面工作,1、2月份集中开展农村人居环境整治,3、4月份组织春耕生产,二、三季度抓好项目建设,"
            "力争全年新建高标准农田2万亩,新增规模以上农业企业5家,培育家庭农场100家,农民专业合作社20家,创建省级示范村3个,"
            "市级示范村10个,县级示范村30个,确保农村居民人均可支配收入增长7%以上,全面完成市下达的各项目标任务。\n"
            "二、重点任务\n(一)发展乡村产业。全县新建高标准农田2万亩。\n(二)建设宜居乡村。完成农村改厕1000户。")
    assert [(i, m, t) for i, m, t in tree(text)] == [("1", "一、", "总体要求"), ("2", "二、", "重点任务"),
                                                     ("2.1", "(一)", "发展乡村产业"), ("2.2", "(二)", "建设宜居乡村")]
    text = ("某县2024年安全生产工作要点\n一、总体要求\n为深入贯彻落实中央、省、市关于安全生产的决策部署,根据《某市2024年安全生产"
            "工作要点》,结合我县实际,坚持人民至上、生命至上,牢固树立安全发展理念,严格落实安全生产责任制,扎实推进安全生产治本攻坚"
            "三年行动,统筹发展和安全,持续深化安全生产专项整治,全面排查整治各类风险隐患,3、4月份集中开展春季安全大检查,5、6月份"
            "组织开展防汛演练,一、二季度完成全部企业培训,三、四季度开展督导检查,四是强化执法,全年检查企业500家次,查处违法行为100起,"
            "切实防范遏制重特大事故发生,确保全县安全生产形势持续稳定向好,以优异成绩迎接新中国成立75周年,为建设更高水平的平安某县"
            "作出新的更大贡献,全县各级各部门要切实提高政治站位,认真抓好贯彻落实。\n二、重点任务\n(一)开展隐患排查。全年检查企业500家次。\n"
            "(二)加强执法检查。查处违法行为100起。\n三、保障措施\n(一)加强组织领导。")
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("2", "二、"), ("2.1", "(一)"), ("2.2", "(二)"),
                                                  ("3", "三、"), ("3.1", "(一)")]
    # the same paragraph as the first line of an excerpt cut above it: the page kept its line breaks (its headings open
    # lines of their own below), so the paragraph is no digest either
    text = text[text.index("为深入"):]
    assert [(i, m, t) for i, m, t in tree(text)] == [("2", "二、", "重点任务"), ("2.1", "(一)", "开展隐患排查"),
                                                     ("2.2", "(二)", "加强执法检查"), ("3", "三、", "保障措施"),
                                                     ("3.1", "(一)", "加强组织领导")]


def test_a_run_on_title_ends_at_the_space_before_its_body_when_the_body_spaces_its_numbers():
    # xiaomilidoc 区林业局 上半年总结 (open48b pg09), one line, spaces for line breaks and around numbers: 一、's title ends at
    # the space before '今年我区…', though '造林 0.8 万亩' holds spaces
    text = ("区林业局关于 XX 年上半年工作总结 2016 年,我区林业工作按照省、市下达的工作任务,紧紧围绕区委、区政府的中心工作,重点实施了三北防护林、巩固退耕还林、造林补贴等国家重点林业生态项目,突出实施了"
            "**区乡村旅游花卉林果园、**花园等区级重点林业项目,着重开展了公益林管护、林政执法、招商引资等工作,目前,各项工作进展顺利,现将上半年工作总结如下: 一、重点林业项目进展情况 今年我区计划完成造林 "
            "0.8 万亩,封滩育林 1.8 万亩,实现森林覆盖率年均净增长 0.01%的增长目标,森林覆盖率达20.31%。目前,造林工作已全面完成,实际完成种植面积 1.1万亩,封滩育林工作正在有序推进。重点涉"
            "及国家和省级林业生态项目 6 个,区级重点林业项目 3 个,社会化造林项目 2 个。 (一)国家重点林业生态项目建设进展情况。一是三北防护林封滩育林工程。中央投资 56 万元,计划实施封滩育林 0.8"
            "万亩,封育区位于**公路东侧盐井子段,目前,项目已完成招投标工作,计划 9 月份完工;二是巩固退耕还林工程。中央投资 114 万元,计划建设基本口粮田 1444 亩及配套的农村能源、林产品基地、补植补"
            "造、农民培训等分项工程,目前项目已招投标等前期准备工作,分项工程正在实施中;三是造林补贴项目。中央投资 63 万元,计划完成 2000 亩灌木林种植,目前已全部完成种植任务。四是新农村绿化完成情况。按"
            "照新农村建设的进度,结合“一事一议”和“美丽乡村”村镇绿化工作,今年,重点实施了西湾、中牌、园艺场、新华、东湾村内绿化工作。五是中日绿化合作防沙治沙示范林项目。总投资 4000 万日元(折合人民币 2"
            "50 万元,日方投资 187.5 万元,我区自筹62.5 万元)。项目于 2015 年开工建设,目前,已完成造林任务,等待日方验收。六是森林")
    assert [(i, t) for i, _, t in tree(text)][:2] == [("1", "重点林业项目进展情况"), ("1.1", "国家重点林业生态项目建设进展情况")]


def test_a_run_on_title_ends_where_its_body_opens_with_a_year_and_a_comma():
    # 州文体广旅局 一季度总结 2023 (blind42 b4207), one line: (一)'s title runs on into '2023年,疫情…', (二)'s into
    # '2023年一季度,全州…'; a year after 到 is inside the sentence (到2020年,城镇就业规模…) and ends no title
    text = ("文化体育广电旅游局2023年第一季度工作总结一、紧扣“两大提升”,实施“四大行动”,全力推动旅游产业化进程(一)持续巩固“两大提升”"
            "2023年,疫情防控形势逐渐好转,旅游市场持续回暖,迎来文旅融合发展新契机。州文体广旅局紧紧围绕“两大提升”目标,持续推进"
            "旅游服务质量提升和旅游品牌影响力提升,全面开展景区服务质量提升行动,完成A级景区复核检查12家,组织开展导游培训3期,"
            "培训导游260人次,推出精品旅游线路8条,开展文旅宣传推介活动6场次,接待游客人次和旅游收入较去年同期均有较大幅度增长。"
            "(二)扩大投资稳中有进2023年一季度,全州新签约文旅项目5个,签约金额12.6亿元。(三)坚持目标导向到2025年,建成文旅强州。")
    assert [(i, t) for i, _, t in tree(text)] == [
        ("1", "紧扣“两大提升”,实施“四大行动”,全力推动旅游产业化进程"), ("1.1", "持续巩固“两大提升”"),
        ("1.2", "扩大投资稳中有进"), ("1.3", "坚持目标导向到2025年,建成文旅强州")]


def test_an_article_cited_inside_a_subheading_is_no_glued_child():
    # 县 招商引资 考评奖励措施 on a docsite (blind47b c4715): "按第一条第二款…" cites an article inside the body of (三); a
    # glued child is a subheading of the heading it follows, so 第N条 (an article, more major than (三)) is none there
    text = ("一、奖励范围、标准、及申报条件\n"
            "(一)凡投资省级以上高新技术产业项目、农业产业化项目,投资总额300万元—1000万元(含1000万元),一次性奖励2万元。\n"
            "(二)凡投资工业企业(含兴办种、养原材料基地),投资总额1000万元—3000万元(含3000万元),一次性奖励2万元。\n"
            "(三)投资磷化工产品精深加工项目和钒产品精深加工项目,计奖基数为5000万元,项目投资超出5000万元(含5000万元)的,"
            "按第一条第二款奖励标准实施。\n(四)凡投资第三产业及其它项目(不包含房地产开发项目),投资总额500万元—1000万元(含1000万元),"
            "一次性奖励2万元。\n(五)投资总额不包含项目流动资金。")
    assert [(i, m) for i, m, _ in tree(text)] == [("1", "一、"), ("1.1", "(一)"), ("1.2", "(二)"), ("1.3", "(三)"),
                                                  ("1.4", "(四)"), ("1.5", "(五)")]


def test_an_outline_the_site_cut_with_an_ellipsis_is_dropped_up_to_that_line():
    # 新文秘网 prints a report's 目录/提纲 between "目录/提纲:……" and a line "……" (blind47b c4720, open47a pc09). Here
    # the outline opens with the title's own "(四)" (…调研报告(四)) and leaves out its first heading, so nothing in it
    # recurs in the order the body prints: the ellipsis line closes it
    text = ("目录/提纲:……\n(四)\n(一)综合实力明显增强\n(二)城乡建设蹄疾步稳\n(三)生态环境逐渐向好\n(四)民生保障持续改善\n"
            "(五)社会治理成效显著\n二、2022年工作部署\n三、2022年民生实事建议\n四、对做好政府工作的意见建议\n……\n"
            "**镇2021年经济社会发展情况及2022年工作规划调研报告(四)\n一、2021年工作总结\n"
            "今年以来,**镇坚持凝心聚力谋发展,善做善成惠民生,镇域经济综合实力不断增强。\n(一)综合实力明显增强\n"
            "1.经济指标持续向好。通过大力实施“农业稳镇、工业强镇、旅游兴镇”战略,主要经济指标实现新的突破。")
    assert tree(text) == [("1", "一、", "2021年工作总结"), ("1.1", "(一)", "综合实力明显增强"),
                          ("1.1.1", "1.", "经济指标持续向好")]


def test_a_sections_span_holds_the_gloss_its_title_keeps_at_its_end():
    # a mirror site's pinyin gloss right after a title's last character is kept in the title (84d6c00: 就業(yè)); the
    # section's span then ends after it too, so the title stays inside its span (test_properties found "1.坚(guān)" at
    # the page's end with a span "1.坚")
    text = "一、坚定不移加强党的全面领导\n\n1.坚(guān)"
    sec = planparse.parse(text).sections[0].children[0]
    assert sec.title == "坚(guān)"
    assert text[sec.span[0]:sec.span[1]] == "1.坚(guān)"


def test_a_year_after_an_aim_or_a_comparison_word_does_not_open_a_run_on_body():
    # rv48 e01: a year after 力争/争取/预计 (an aim) or 比/较 (a comparison) is inside the sentence, as after 到 (到2025年,):
    # 力争2025年,全县… ends no title; a body opening with its year (…斐然2015年,我局…) still does
    filler = "全面提升公共服务水平,持续改善人居环境,不断增强群众获得感幸福感安全感," * 8
    text = ("某县2024年发展规划\n一、发展目标力争2025年,全县地区生产总值达到300亿元," + filler + "确保各项目标任务全面完成。"
            "二、重点任务比2023年,全县新增就业5000人," + filler + "。三、主要指标预计2024年,全县接待游客突破1000万人次," + filler
            + "。四、工作成效较2022年,全县新增市场主体2000户," + filler + "。五、工作成绩斐然2015年,我局" + filler + "。")
    # (the title then runs on as it did before run_on_body_start read a year: the long line's title limit ends it)
    assert [t[:t.find(",") + 1] for _, _, t in tree(text)] == [
        "发展目标力争2025年,", "重点任务比2023年,", "主要指标预计2024年,", "工作成效较2022年,", ""]
    assert tree(text)[-1] == ("5", "五、", "工作成绩斐然")
