// narrative/required-topics: 总体情况 covers the five topics of the format; a
// people's government's report covers 工作考核, 社会评议, 责任追究 (条例第五十条（四）).
// See docs/rules/narrative/required-topics.md.
#include <string>
#include <vector>

#include "common.h"
#include "rules.h"

namespace narrative {
namespace {

struct Topic {
    const char* zh;
    const char* en;
    std::vector<std::string_view> words;  // any of them covers the topic
};

const std::vector<Topic>& overview_topics() {
    static const std::vector<Topic> t = {
        {"主动公开", "proactive disclosure", {"主动公开"}},
        {"依申请公开", "disclosure on request", {"依申请", "申请公开", "公开申请", "信息公开申请"}},
        {"政府信息管理", "government information management",
         {"信息管理", "公开属性", "保密审查", "发布审核", "发布审查", "信息审查", "审核机制", "审查机制", "公开目录",
          "规范性文件", "清理"}},
        {"政府信息公开平台建设", "disclosure platforms",
         {"平台", "门户网站", "政府网站", "网站建设", "公开栏", "公开专栏", "政务新媒体", "微信公众号", "网站"}},
        {"监督保障", "oversight and safeguards",
         // Not bare 监督 or 保障: "知情权、参与权和监督权", "保障民生" say nothing of oversight.
         {"监督保障", "监督检查", "监督考核", "社会监督", "考核", "考评", "培训", "组织领导", "领导小组", "责任追究", "问责",
          "督查", "督促", "督导", "评议"}},
    };
    return t;
}

const std::vector<Topic>& government_topics() {
    static const std::vector<Topic> t = {
        {"工作考核", "performance assessment (工作考核)", {"考核", "考评", "绩效评估"}},
        {"社会评议", "public evaluation (社会评议)", {"社会评议", "评议", "群众评价", "满意度"}},
        {"责任追究", "accountability (责任追究)", {"责任追究", "追究责任", "追责", "问责", "追究"}},
    };
    return t;
}

bool covered(std::string_view text, const Topic& t) {
    for (auto w : t.words)
        if (text.find(w) != std::string_view::npos) return true;
    return false;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A people's government: the agency is "…人民政府", or a township (镇/乡) — whose
// report is the township people's government's. Not a 街道办事处 (an agency of the
// district government) nor a department.
bool peoples_government(const Context& ctx, const gklint_report_info& info, std::string_view text) {
    bool known = false;
    for (auto agency : {gklint::plugin::view(info.title_agency), gklint::plugin::view(info.signature_agency)}) {
        while (!agency.empty() && (agency.back() == ' ' || agency.back() == '\t')) agency.remove_suffix(1);
        known = known || !agency.empty();
        if (ends_with(agency, "人民政府") || ends_with(agency, "镇") || ends_with(agency, "乡") ||
            ends_with(agency, "镇政府") || ends_with(agency, "乡政府"))
            return true;
    }
    if (info.has_title) {
        std::string_view title = ctx.text().substr(info.title.begin, info.title.end - info.title.begin);
        if (title.find("人民政府") != std::string_view::npos) return true;
    }
    // No agency named (no title, no 落款): a township speaks of itself as 我镇 / 全乡.
    return !known && contains_any(text, {"我镇", "我乡", "本镇", "本乡", "全镇", "全乡", "镇政府", "乡政府"});
}

}  // namespace

void check_required_topics(Context& ctx) {
    Report r(ctx);
    if (!whole_report(r.sections)) return;
    const gklint_section_info* overview = r.section("overview");
    if (overview) {
        ByteRange body = r.norm_range(gklint_range{overview->heading.begin, overview->body.end});
        std::string text = compact(r.text(body));
        for (const auto& t : overview_topics()) {
            if (covered(text, t)) continue;
            ctx.report(overview->heading,
                       ctx.english() ? std::string("总体情况 does not cover ") + t.en + " (" + t.zh +
                                           "), one of the topics the report format lists under it"
                                     : std::string("总体情况未涉及“") + t.zh + "”，年度报告格式要求总体情况包括此项")
                .note(overview->heading, ctx.tr("总体情况在此", "总体情况 is here"));
        }
    }
}

void check_government_topics(Context& ctx) {
    Report r(ctx);
    const gklint_section_info* overview = r.section("overview");
    auto info = ctx.report_info();
    gklint_range anchor = overview ? overview->heading : info.has_title ? info.title : ctx.line_range(0);
    std::string text = compact(r.norm);
    if (!whole_report(r.sections) || !peoples_government(ctx, info, text)) return;
    for (const auto& t : government_topics()) {
        if (covered(text, t)) continue;
        ctx.report(anchor, ctx.english()
                               ? std::string("the report of a people's government must cover ") + t.en +
                                     " (条例第五十条（四）), but the report does not mention it"
                               : std::string("人民政府的年度报告应包括“") + t.zh +
                                     "”结果情况（条例第五十条第（四）项），报告未涉及");
    }
}

}  // namespace narrative
