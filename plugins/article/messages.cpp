#include "messages.h"

#include <map>
#include <utility>

#include "report_text.h"

namespace article {
namespace {

struct Explanation {
    const char* zh;
    const char* en;
};

// What the articles next to 第二十条 in chapter 三 (主动公开) of the 条例 are
// about: the ones a table 二 caption is most likely to cite by mistake.
const std::map<int, Explanation>& article_explanations() {
    static const std::map<int, Explanation> kExplanations = {
        {19, {"第十九条规定的是主动公开的一般标准，不列举具体事项",
              "Article 19 sets the general test for proactive disclosure and lists no items"}},
        {21, {"第二十一条规定的是市、县级人民政府及其部门和乡（镇）人民政府还应结合本地情况主动公开的信息",
              "Article 21 adds information that city, county and township governments must also publish"}},
        {22, {"第二十二条规定的是确定主动公开的具体内容", "Article 22 is about settling what exactly to publish"}},
        {23, {"第二十三条规定的是主动公开的发布渠道", "Article 23 is about the channels for publishing"}},
        {24, {"第二十四条规定的是政府信息公开平台建设", "Article 24 is about the disclosure platform"}},
        {25, {"第二十五条规定的是政府信息查阅场所", "Article 25 is about public reading rooms"}},
        {26, {"第二十六条规定的是主动公开的政府信息应当自形成或者变更之日起20个工作日内公开",
              "Article 26 sets the 20-working-day deadline for publishing such information"}},
    };
    return kExplanations;
}

std::string item_list(TableFormat format) {
    std::string out;
    for (const auto& item : allowed_items(format)) out += "（" + item + "）";
    return out;
}

std::string format_name(bool english, TableFormat format) {
    switch (format) {
        case TableFormat::Y2019:
            return english ? "2019 report format (国办公开办函〔2019〕60号)" : "2019年版年度报告格式（国办公开办函〔2019〕60号）";
        case TableFormat::Y2021:
            return english ? "2021 report format (国办公开办函〔2021〕30号)" : "2021年版年度报告格式（国办公开办函〔2021〕30号）";
        case TableFormat::Either: break;
    }
    return english ? "report formats" : "年度报告格式";
}

std::string basis_note(bool english, const FormatChoice& format) {
    switch (format.basis) {
        case FormatBasis::Option: return english ? " (set by the rule's format option)" : "（按规则选项 format 确定）";
        case FormatBasis::ReportYear:
            return english ? " (the report is for " + std::to_string(format.year) + ")"
                           : "（报告年度为" + std::to_string(format.year) + "年）";
        case FormatBasis::TableLabels:
            return english ? " (judged from the table 二 column labels)" : "（按表二栏目名称判断）";
        case FormatBasis::Undetermined: break;
    }
    return "";
}

}  // namespace

std::string wrong_article_message(bool english, const Caption& caption, const std::string& written,
                                  const std::string& expected) {
    int number = numeral_value(caption.article_number);
    auto known = article_explanations().find(number);
    if (english) {
        std::string why = known != article_explanations().end()
                              ? known->second.en
                              : "Article " + std::to_string(number) + " does not list those items";
        return "wrong article in a table 二 caption: '" + written + "' should be '" + expected +
               "'. Table 二 counts the proactive-disclosure items listed in Article 20 (第二十条) of the "
               "Regulations on Open Government Information; " + why;
    }
    std::string why = known != article_explanations().end()
                          ? known->second.zh
                          : "第" + caption.article_number + "条并不列举主动公开事项";
    return "表二栏目引用条款有误：写作“" + written + "”，应为“" + expected +
           "”。表二各栏目统计的是《中华人民共和国政府信息公开条例》第二十条所列的主动公开事项，" + why;
}

std::string wrong_item_message(bool english, const Caption& caption, const std::string& written,
                               const FormatChoice& format) {
    std::string items = item_list(format.format);
    if (format.format == TableFormat::Either) {
        std::string items2021 = item_list(TableFormat::Y2021);
        return english ? "wrong table 二 caption '" + written + "': table 二 of the report formats only has items " +
                             items2021 + " of Article 20 (and （九） in the 2019 format)"
                       : "表二栏目“" + written + "”有误：年度报告格式的表二只统计第二十条第" + items2021 +
                             "项（2019年版格式另有第（九）项）";
    }
    bool dropped_procurement = format.format == TableFormat::Y2021 && caption.item_number == "九";
    if (english) {
        std::string out = "wrong table 二 caption '" + written + "': table 二 of the " +
                          format_name(true, format.format) + basis_note(true, format) + " only has items " + items +
                          " of Article 20";
        if (dropped_procurement) out += "; the 2021 format dropped item （九） (government centralised procurement)";
        return out;
    }
    std::string out = "表二栏目“" + written + "”有误：" + format_name(false, format.format) + basis_note(false, format) +
                      "的表二只统计第二十条第" + items + "项";
    if (dropped_procurement) out += "，2021年版格式已删除第（九）项政府集中采购栏目";
    return out;
}

}  // namespace article
