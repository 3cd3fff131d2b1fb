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
#include <memory>
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

// A table of the report model with everything in it.
struct Table {
    gklint_table_info info;
    std::vector<gklint_cell_info> cells;
    std::vector<gklint_label_info> captions, rows, columns;
    std::vector<gklint_problem_info> problems;

    std::string_view key() const { return view(info.key); }
    // The cell of a template row and column (block "" outside table 二), or null.
    const gklint_cell_info* cell(std::string_view block, std::string_view row, std::string_view column) const {
        for (const auto& c : cells)
            if (view(c.block) == block && view(c.row) == row && view(c.column) == column) return &c;
        return nullptr;
    }
    // The value of that cell when it holds a number.
    std::optional<double> value(std::string_view block, std::string_view row, std::string_view column) const {
        const gklint_cell_info* c = cell(block, row, column);
        if (!c || !c->has_value) return std::nullopt;
        return c->value;
    }
};

struct Enumeration {
    gklint_enumeration_info info;
    std::vector<gklint_item_info> items;
};

template <typename T>
T sized() {
    T value{};
    value.struct_size = sizeof(T);
    return value;
}

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

    // ---- The report model (hosts without it return empty results) ----
    bool has_model() const { return GKLINT_HAS_FIELD(host_, gklint_host_api, normalized_end_to_document); }

    gklint_report_info report_info() const {
        auto info = sized<gklint_report_info>();
        if (has_model()) host_->report_info(ctx_, &info);
        return info;
    }
    std::vector<gklint_section_info> sections() const {
        return collect<gklint_section_info>(has_model() ? host_->section_count(ctx_) : 0,
                                            [&](std::size_t i, gklint_section_info* o) { return host_->section(ctx_, i, o); });
    }
    std::vector<gklint_heading_info> subheadings(const gklint_section_info& section, std::size_t section_index) const {
        return collect<gklint_heading_info>(section.subheading_count, [&](std::size_t i, gklint_heading_info* o) {
            return host_->subheading(ctx_, section_index, i, o);
        });
    }
    std::vector<gklint_paragraph_info> paragraphs() const {
        return collect<gklint_paragraph_info>(has_model() ? host_->paragraph_count(ctx_) : 0,
                                              [&](std::size_t i, gklint_paragraph_info* o) { return host_->paragraph(ctx_, i, o); });
    }
    std::vector<gklint_range> sentences(std::size_t paragraph_index, const gklint_paragraph_info& p) const {
        std::vector<gklint_range> out(p.sentence_count);
        for (std::size_t i = 0; i < out.size(); ++i) host_->sentence(ctx_, paragraph_index, i, &out[i]);
        return out;
    }
    std::vector<gklint_number_info> numbers() const {
        return collect<gklint_number_info>(has_model() ? host_->number_count(ctx_) : 0,
                                           [&](std::size_t i, gklint_number_info* o) { return host_->number(ctx_, i, o); });
    }
    std::vector<Enumeration> enumerations() const {
        std::vector<Enumeration> out;
        std::size_t n = has_model() ? host_->enumeration_count(ctx_) : 0;
        for (std::size_t e = 0; e < n; ++e) {
            Enumeration en{sized<gklint_enumeration_info>(), {}};
            if (!host_->enumeration(ctx_, e, &en.info)) continue;
            en.items = collect<gklint_item_info>(en.info.item_count, [&](std::size_t i, gklint_item_info* o) {
                return host_->enumeration_item(ctx_, e, i, o);
            });
            out.push_back(std::move(en));
        }
        return out;
    }
    std::vector<Table> tables() const {
        std::vector<Table> out;
        std::size_t n = has_model() ? host_->table_count(ctx_) : 0;
        for (std::size_t t = 0; t < n; ++t) {
            Table table{sized<gklint_table_info>(), {}, {}, {}, {}, {}};
            if (!host_->table(ctx_, t, &table.info)) continue;
            table.cells = collect<gklint_cell_info>(table.info.cell_count, [&](std::size_t i, gklint_cell_info* o) {
                return host_->table_cell(ctx_, t, i, o);
            });
            auto labels = [&](gklint_label_kind kind, std::size_t count) {
                return collect<gklint_label_info>(count, [&](std::size_t i, gklint_label_info* o) {
                    return host_->table_label(ctx_, t, kind, i, o);
                });
            };
            table.captions = labels(GKLINT_LABEL_CAPTION, table.info.caption_count);
            table.rows = labels(GKLINT_LABEL_ROW, table.info.row_count);
            table.columns = labels(GKLINT_LABEL_COLUMN, table.info.column_count);
            table.problems = collect<gklint_problem_info>(table.info.problem_count, [&](std::size_t i, gklint_problem_info* o) {
                return host_->table_problem(ctx_, t, i, o);
            });
            out.push_back(std::move(table));
        }
        return out;
    }
    // The format signature labels found in the report (empty on hosts without them).
    std::vector<gklint_format_evidence> format_evidence() const {
        bool has = has_model() && GKLINT_HAS_FIELD(host_, gklint_host_api, format_evidence);
        return collect<gklint_format_evidence>(has ? host_->format_evidence_count(ctx_) : 0,
                                               [&](std::size_t i, gklint_format_evidence* o) {
                                                   return host_->format_evidence(ctx_, i, o);
                                               });
    }
    // Every statement of the statistics period (empty on hosts without them).
    std::vector<gklint_period_info> periods() const {
        bool has = has_model() && GKLINT_HAS_FIELD(host_, gklint_host_api, period);
        return collect<gklint_period_info>(has ? host_->period_count(ctx_) : 0,
                                           [&](std::size_t i, gklint_period_info* o) { return host_->period(ctx_, i, o); });
    }
    // The text with Traditional characters simplified and pinyin removed, for
    // matching; map offsets found in it back with to_document().
    std::string_view normalized_text() const { return has_model() ? view(host_->normalized_text(ctx_)) : text(); }
    std::size_t to_document(std::size_t normalized_offset) const {
        return has_model() ? host_->normalized_to_document(ctx_, normalized_offset) : normalized_offset;
    }
    gklint_range to_document(gklint_range normalized) const {
        if (!has_model()) return normalized;
        return {to_document(normalized.begin), host_->normalized_end_to_document(ctx_, normalized.end)};
    }
    // The other way: the first offset of the normalised text at or after `document_offset`
    // (a character boundary). Binary search over to_document(), which never decreases.
    std::size_t to_normalized(std::size_t document_offset) const {
        std::string_view norm = normalized_text();
        std::size_t lo = 0, hi = norm.size();
        while (lo < hi) {
            std::size_t mid = lo + (hi - lo) / 2;
            if (to_document(mid) < document_offset) lo = mid + 1;
            else hi = mid;
        }
        while (lo < norm.size() && (static_cast<unsigned char>(norm[lo]) & 0xC0) == 0x80) ++lo;
        return lo;
    }

    DiagnosticBuilder report(gklint_range range, std::string message) const {
        return DiagnosticBuilder(*this, range, std::move(message));
    }

    // Last year's report of the same agency, read through the same getters (reporting
    // on it is refused), when the host supplies one.
    std::optional<Context> previous() const {
        if (!GKLINT_HAS_FIELD(host_, gklint_host_api, previous_report)) return std::nullopt;
        gklint_check_context* last = host_->previous_report(ctx_);
        if (!last) return std::nullopt;
        return Context(host_, last);
    }

    // A T built once per document, T(const Context&), and shared by the rules that ask
    // for the same key (the host's document_value; built here per call on an older host).
    // T must not keep the Context it is built from.
    template <typename T>
    std::shared_ptr<const T> shared(const char* key) const {
        if (!GKLINT_HAS_FIELD(host_, gklint_host_api, document_value) || !host_->document_value)
            return std::make_shared<const T>(*this);
        void* value = host_->document_value(
            ctx_, key,
            [](gklint_check_context* c, void* user) -> void* {
                try {
                    return new T(Context(static_cast<const gklint_host_api*>(user), c));
                } catch (...) {
                    return nullptr;  // built again below, where the exception reaches the rule
                }
            },
            const_cast<gklint_host_api*>(host_), [](void* p) { delete static_cast<T*>(p); });
        if (!value) return std::make_shared<const T>(*this);
        return std::shared_ptr<const T>(static_cast<const T*>(value), [](const T*) {});
    }

    const gklint_host_api* host() const { return host_; }
    gklint_check_context* raw() const { return ctx_; }

private:
    template <typename T, typename Get>
    static std::vector<T> collect(std::size_t count, Get get) {
        std::vector<T> out;
        out.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            T value = sized<T>();
            if (get(i, &value)) out.push_back(value);
        }
        return out;
    }

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

namespace detail {
inline thread_local const gklint_host_api* running_host = nullptr;

struct RunningHost {
    const gklint_host_api* saved;
    explicit RunningHost(const gklint_host_api* host) : saved(running_host) { running_host = host; }
    ~RunningHost() { running_host = saved; }
    RunningHost(const RunningHost&) = delete;
    RunningHost& operator=(const RunningHost&) = delete;
};
}  // namespace detail

// The host running this thread's check, for helpers called without a Context (a regex
// asking for the host's pattern scan); nullptr outside a check.
inline const gklint_host_api* running_host() { return detail::running_host; }

// Turns a C++ check into the C entry point; no exception crosses the ABI.
template <CheckFunction Check>
void trampoline(const gklint_host_api* host, gklint_check_context* raw, void*) {
    detail::RunningHost running(host);
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
