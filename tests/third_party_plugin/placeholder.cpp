// The example of docs/plugin-api.md, built out of tree against an installed gklint-dev.
#include <gklint/plugin.hpp>

#include <string>
#include <string_view>

namespace {

void check_placeholder(gklint::plugin::Context& ctx) {
    std::string_view text = ctx.text();
    for (const std::string& marker : ctx.option_list("markers")) {
        if (marker.empty()) continue;
        for (std::size_t at = text.find(marker); at != std::string_view::npos;
             at = text.find(marker, at + marker.size())) {
            ctx.report({at, at + marker.size()}, ctx.english() ? "unfilled placeholder '" + marker + "'"
                                                               : "未填写的占位符“" + marker + "”");
        }
    }
}

const gklint_option_decl kOptions[] = {
    gklint::plugin::option("markers", GKLINT_OPTION_STRING_LIST, "[XX, ××]", "Placeholder texts to report"),
};

const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check_placeholder>("demo/placeholder", GKLINT_SEVERITY_WARNING,
                                            "报告中不应留有占位符", "No placeholders left in the report",
                                            /*fixable=*/false, kOptions, 1),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("demo", "1.0.0", kRules)
