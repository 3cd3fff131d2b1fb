// Header-only C++ layer over the gklint plugin C ABI (gklint/plugin.h).
//
// A plugin written with it looks like:
//
//   static void check_foo(gklint::plugin::Context& ctx) {
//       ctx.report({0, 3}, ctx.tr("中文消息", "English message")).fix({0, 3}, "bar");
//   }
//   static const gklint_rule_decl kRules[] = {
//       gklint::plugin::rule<check_foo>("demo/foo", GKLINT_SEVERITY_WARNING, "摘要", "Summary"),
//   };
//   GKLINT_DEFINE_PLUGIN("demo", "1.0.0", kRules)
//
// Nothing here changes the ABI: it only wraps the C structs.
#ifndef GKLINT_PLUGIN_HPP
#define GKLINT_PLUGIN_HPP

#include <gklint/plugin.h>

#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gklint::plugin {

inline std::string_view view(gklint_str s) { return {s.data, s.size}; }

class Context;

// Collects one diagnostic and submits it when it goes out of scope.
class DiagnosticBuilder {
public:
    DiagnosticBuilder(const Context& ctx, gklint_range range, std::string message)
        : ctx_(&ctx), range_(range), message_(std::move(message)) {}
    DiagnosticBuilder(const DiagnosticBuilder&) = delete;
    DiagnosticBuilder& operator=(const DiagnosticBuilder&) = delete;
    DiagnosticBuilder(DiagnosticBuilder&& other) noexcept
        : ctx_(other.ctx_), range_(other.range_), message_(std::move(other.message_)),
          notes_(std::move(other.notes_)), fix_(std::move(other.fix_)) {
        other.ctx_ = nullptr;
    }
    ~DiagnosticBuilder() { submit(); }

    DiagnosticBuilder& note(gklint_range range, std::string message) {
        notes_.push_back({range, std::move(message)});
        return *this;
    }
    DiagnosticBuilder& fix(gklint_range range, std::string replacement, bool safe = true) {
        fix_ = Fix{range, std::move(replacement), safe};
        return *this;
    }

private:
    struct Note {
        gklint_range range;
        std::string message;
    };
    struct Fix {
        gklint_range range;
        std::string replacement;
        bool safe;
    };
    inline void submit();

    const Context* ctx_;
    gklint_range range_;
    std::string message_;
    std::vector<Note> notes_;
    std::optional<Fix> fix_;
};

// The view of the host a check works with.
class Context {
public:
    Context(const gklint_host_api* host, gklint_check_context* ctx) : host_(host), ctx_(ctx) {}

    std::string_view text() const { return view(host_->document_text(ctx_)); }
    std::string_view path() const { return view(host_->document_path(ctx_)); }
    std::size_t line_count() const { return host_->line_count(ctx_); }
    gklint_range line_range(std::size_t line) const { return host_->line_range(ctx_, line); }
    std::string_view line(std::size_t index) const {
        gklint_range r = line_range(index);
        return text().substr(r.begin, r.end - r.begin);
    }

    bool english() const { return std::strcmp(host_->language(ctx_), "en") == 0; }
    const char* tr(const char* zh, const char* en) const { return english() ? en : zh; }

    std::optional<std::string> option_string(const char* name) const {
        gklint_str s{};
        if (!host_->option_string(ctx_, name, &s)) return std::nullopt;
        return std::string(view(s));
    }
    std::optional<long long> option_integer(const char* name) const {
        int64_t v = 0;
        if (!host_->option_integer(ctx_, name, &v)) return std::nullopt;
        return v;
    }
    std::optional<double> option_number(const char* name) const {
        double v = 0;
        if (!host_->option_number(ctx_, name, &v)) return std::nullopt;
        return v;
    }
    std::optional<bool> option_boolean(const char* name) const {
        int v = 0;
        if (!host_->option_boolean(ctx_, name, &v)) return std::nullopt;
        return v != 0;
    }
    std::vector<std::string> option_list(const char* name) const {
        std::vector<std::string> out;
        std::size_t n = host_->option_list_size(ctx_, name);
        for (std::size_t i = 0; i < n; ++i) {
            gklint_str s{};
            if (host_->option_list_item(ctx_, name, i, &s)) out.emplace_back(view(s));
        }
        return out;
    }

    DiagnosticBuilder report(gklint_range range, std::string message) const {
        return DiagnosticBuilder(*this, range, std::move(message));
    }

    const gklint_host_api* host() const { return host_; }
    gklint_check_context* raw() const { return ctx_; }

private:
    const gklint_host_api* host_;
    gklint_check_context* ctx_;
};

inline void DiagnosticBuilder::submit() {
    if (!ctx_) return;
    std::vector<gklint_note> notes;
    notes.reserve(notes_.size());
    for (const auto& n : notes_)
        notes.push_back(gklint_note{sizeof(gklint_note), n.range, n.message.c_str()});
    gklint_fix fix{};
    if (fix_) fix = gklint_fix{sizeof(gklint_fix), fix_->range, fix_->replacement.c_str(), fix_->safe};
    gklint_diagnostic d{sizeof(gklint_diagnostic), range_, message_.c_str(),
                        notes.empty() ? nullptr : notes.data(), notes.size(),
                        fix_ ? &fix : nullptr};
    ctx_->host()->report(ctx_->raw(), &d);
    ctx_ = nullptr;
}

using CheckFunction = void (*)(Context&);

// Turns a C++ check into the C entry point; no exception crosses the ABI.
template <CheckFunction Check>
void trampoline(const gklint_host_api* host, gklint_check_context* raw, void*) {
    Context ctx(host, raw);
    try {
        Check(ctx);
    } catch (const std::exception& e) {
        ctx.report({0, 0}, std::string("internal error in plugin rule: ") + e.what());
    } catch (...) {
        ctx.report({0, 0}, "internal error in plugin rule");
    }
}

inline constexpr gklint_option_decl option(const char* name, gklint_option_type type,
                                           const char* default_value, const char* description,
                                           const char* const* allowed_values = nullptr) {
    return gklint_option_decl{sizeof(gklint_option_decl), name, type, default_value, description,
                              allowed_values};
}

template <CheckFunction Check>
constexpr gklint_rule_decl rule(const char* id, gklint_severity severity, const char* summary_zh,
                                const char* summary_en, bool fixable = false,
                                const gklint_option_decl* options = nullptr,
                                std::size_t option_count = 0) {
    return gklint_rule_decl{sizeof(gklint_rule_decl), id, severity, summary_zh, summary_en,
                            fixable ? 1 : 0, options, option_count, &trampoline<Check>, nullptr};
}

}  // namespace gklint::plugin

// Defines the exported entry point for a plugin whose rules are a static array.
#define GKLINT_DEFINE_PLUGIN(NAME, VERSION, RULES)                                              \
    extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {       \
        static const gklint_plugin plugin{sizeof(gklint_plugin), GKLINT_PLUGIN_ABI_VERSION,     \
                                          NAME, VERSION, RULES, sizeof(RULES) / sizeof(RULES[0])}; \
        return &plugin;                                                                         \
    }

#endif  // GKLINT_PLUGIN_HPP
