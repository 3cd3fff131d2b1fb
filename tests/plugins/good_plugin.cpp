// A well-formed plugin for the loader tests: its rules echo what the host hands
// them (options, language, lines) so the tests can check the host API.
#include <gklint/plugin.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace {

using gklint::plugin::Context;

constexpr std::string_view kTarget = "目标";

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

// test/echo: the first "目标" gets a diagnostic with a note on the first line and
// a fix; the message lists the language and every option value.
void check_echo(Context& ctx) {
    std::size_t at = ctx.text().find(kTarget);
    if (at == std::string_view::npos) return;
    gklint_range target{at, at + kTarget.size()};
    std::ostringstream message;
    message << ctx.tr("回显", "echo") << " lang=" << (ctx.english() ? "en" : "zh")
            << " mode=" << ctx.option_string("mode").value_or("?")
            << " count=" << ctx.option_integer("count").value_or(-1)
            << " ratio=" << ctx.option_number("ratio").value_or(-1)
            << " strict=" << (ctx.option_boolean("strict").value_or(false) ? "true" : "false")
            << " words=" << join(ctx.option_list("words"))
            << " unknown=" << (ctx.option_string("no-such-option") ? "found" : "none")
            << " path=" << ctx.path();
    ctx.report(target, message.str())
        .note(ctx.line_range(0), ctx.tr("第一行", "first line"))
        .fix(target, "替换", /*safe=*/true);
}

// test/every-line: one diagnostic per non-empty line, "line N" (0-based).
void check_every_line(Context& ctx) {
    for (std::size_t i = 0; i < ctx.line_count(); ++i)
        if (!ctx.line(i).empty()) ctx.report(ctx.line_range(i), "line " + std::to_string(i));
}

// test/host-guards: submits malformed diagnostics through the raw C API and
// finally reports which of them the host accepted ('1') or rejected ('0').
void check_guards(const gklint_host_api* host, gklint_check_context* ctx, void*) {
    gklint_str text = host->document_text(ctx);
    std::string accepted;
    auto attempt = [&](gklint_diagnostic d) { accepted += host->report(ctx, &d) ? '1' : '0'; };
    const gklint_diagnostic ok{sizeof(gklint_diagnostic), {0, 3}, "ok", nullptr, 0, nullptr};
    const gklint_note good_note{sizeof(gklint_note), {0, 3}, "note"};
    const gklint_note bad_note{sizeof(gklint_note), {0, text.size + 1}, "note"};
    const gklint_fix good_fix{sizeof(gklint_fix), {0, 3}, "x", 1};
    const gklint_fix null_fix{sizeof(gklint_fix), {0, 3}, nullptr, 1};

    gklint_diagnostic d = ok;
    d.range = {0, text.size + 1};  // past the end
    attempt(d);
    d = ok;
    d.range = {3, 0};  // reversed
    attempt(d);
    d = ok;
    d.range = {1, 3};  // inside the first (3-byte) character
    attempt(d);
    d = ok;
    d.message = nullptr;
    attempt(d);
    d = ok;
    d.message = "\xff\xfe";  // not UTF-8
    attempt(d);
    d = ok;
    d.struct_size = 8;  // too small to hold a message
    attempt(d);
    d = ok;
    d.notes = &bad_note;
    d.note_count = 1;
    attempt(d);
    d = ok;
    d.notes = nullptr;
    d.note_count = 1;
    attempt(d);
    d = ok;
    d.fix = &null_fix;
    attempt(d);
    d = ok;  // accepted: a complete diagnostic
    d.notes = &good_note;
    d.note_count = 1;
    d.fix = &good_fix;
    attempt(d);
    d = ok;  // accepted: written by an older plugin that knew no notes or fix; the rest is never read
    d.struct_size = offsetof(gklint_diagnostic, notes);
    d.notes = reinterpret_cast<const gklint_note*>(1);
    d.note_count = 99;
    attempt(d);

    std::string missing = host->option_string(ctx, "nothing", nullptr) ? "1" : "0";
    std::string line_past_end = host->line_range(ctx, host->line_count(ctx) + 5).begin == text.size ? "1" : "0";
    std::string summary = "guards=" + accepted + " option=" + missing + " past-end=" + line_past_end;
    gklint_diagnostic result{sizeof(gklint_diagnostic), {0, 0}, summary.c_str(), nullptr, 0, nullptr};
    host->report(ctx, &result);
}

const char* const kModes[] = {"a", "b", nullptr};
const gklint_option_decl kEchoOptions[] = {
    gklint::plugin::option("mode", GKLINT_OPTION_STRING, "a", "a or b", kModes),
    gklint::plugin::option("count", GKLINT_OPTION_INTEGER, "3", "an integer"),
    gklint::plugin::option("ratio", GKLINT_OPTION_NUMBER, "0.5", "a number"),
    gklint::plugin::option("strict", GKLINT_OPTION_BOOLEAN, "false", "a flag"),
    gklint::plugin::option("words", GKLINT_OPTION_STRING_LIST, "[x, y]", "a list"),
    gklint::plugin::option("extra", GKLINT_OPTION_STRING, nullptr, "no default"),
};

const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check_echo>("test/echo", GKLINT_SEVERITY_WARNING, "回显", "Echo", /*fixable=*/true,
                                     kEchoOptions, sizeof(kEchoOptions) / sizeof(kEchoOptions[0])),
    gklint::plugin::rule<check_every_line>("test/every-line", GKLINT_SEVERITY_INFO, "每行", "Every line"),
    gklint_rule_decl{sizeof(gklint_rule_decl), "test/host-guards", GKLINT_SEVERITY_ERROR, "守卫", "Guards", 0,
                     nullptr, 0, check_guards, nullptr},
};

}  // namespace

GKLINT_DEFINE_PLUGIN("good", "1.2.3", kRules)
