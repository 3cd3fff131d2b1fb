#include "plugin_host/host_api.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "model/analysis.h"
#include "plugin_host/host_model_api.h"
#include "plugin_host/host_pattern_api.h"
#include "plugin_host/sized_struct.h"
#include "text/decoder.h"

namespace gklint {
namespace {

gklint_str str_of(std::string_view s) { return gklint_str{s.data(), s.size()}; }

bool is_valid_utf8(const char* s, std::size_t length) {
    return first_invalid_utf8(std::string_view(s, length)) == std::string_view::npos;
}

bool is_valid_message(const char* s) { return s && is_valid_utf8(s, std::strlen(s)); }

bool on_boundary(std::string_view text, std::size_t offset) {
    return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::optional<TextRange> checked_range(std::string_view text, gklint_range r) {
    if (r.begin > r.end || r.end > text.size()) return std::nullopt;
    if (!on_boundary(text, r.begin) || !on_boundary(text, r.end)) return std::nullopt;
    return TextRange{r.begin, r.end};
}

std::optional<Note> read_note(std::string_view text, const void* raw) {
    auto note = copy_struct<gklint_note>(raw);
    if (!GKLINT_HAS_FIELD(&note, gklint_note, message) || !is_valid_message(note.message)) return std::nullopt;
    auto range = checked_range(text, note.range);
    if (!range) return std::nullopt;
    return Note{*range, note.message};
}

std::optional<std::vector<Note>> read_notes(std::string_view text, const gklint_note* notes, std::size_t count) {
    std::vector<Note> out;
    if (count == 0) return out;
    if (!notes) return std::nullopt;
    for (std::size_t i = 0; i < count; ++i) {
        auto note = read_note(text, sized_element(notes, i));
        if (!note) return std::nullopt;
        out.push_back(std::move(*note));
    }
    return out;
}

std::optional<Fix> read_fix(std::string_view text, const gklint_fix* raw) {
    auto fix = copy_struct<gklint_fix>(raw);
    if (!GKLINT_HAS_FIELD(&fix, gklint_fix, replacement) || !is_valid_message(fix.replacement)) return std::nullopt;
    auto range = checked_range(text, fix.range);
    if (!range) return std::nullopt;
    // A plugin that did not say whether its fix is safe gets the cautious answer.
    bool safe = GKLINT_HAS_FIELD(&fix, gklint_fix, safe) && fix.safe != 0;
    return Fix{*range, fix.replacement, safe};
}

std::optional<Diagnostic> read_diagnostic(std::string_view text, const gklint_diagnostic* raw) {
    auto d = copy_struct<gklint_diagnostic>(raw);
    if (!GKLINT_HAS_FIELD(&d, gklint_diagnostic, message) || !is_valid_message(d.message)) return std::nullopt;
    auto range = checked_range(text, d.range);
    if (!range) return std::nullopt;
    Diagnostic out;
    out.range = *range;
    out.message = d.message;
    if (GKLINT_HAS_FIELD(&d, gklint_diagnostic, note_count)) {
        auto notes = read_notes(text, d.notes, d.note_count);
        if (!notes) return std::nullopt;
        out.notes = std::move(*notes);
    }
    if (GKLINT_HAS_FIELD(&d, gklint_diagnostic, fix) && d.fix) {
        auto fix = read_fix(text, d.fix);
        if (!fix) return std::nullopt;
        out.fix = std::move(*fix);
    }
    return out;
}

template <typename T>
const T* option_of(const gklint_check_context* ctx, const char* name) {
    if (!ctx || !name) return nullptr;
    const OptionMap& options = ctx->check.options;
    auto it = options.find(name);
    return it == options.end() ? nullptr : std::get_if<T>(&it->second);
}


// Every entry point tolerates a NULL context or out-parameter instead of crashing.
gklint_str host_document_text(const gklint_check_context* ctx) {
    return ctx ? str_of(ctx->check.document.text()) : gklint_str{"", 0};
}

gklint_str host_document_path(const gklint_check_context* ctx) {
    return ctx ? str_of(ctx->check.document.path()) : gklint_str{"", 0};
}

size_t host_line_count(const gklint_check_context* ctx) { return ctx ? ctx->check.document.lines().count() : 0; }

gklint_range host_line_range(const gklint_check_context* ctx, size_t line) {
    if (!ctx) return gklint_range{0, 0};
    const Document& doc = ctx->check.document;
    if (line >= doc.lines().count()) return gklint_range{doc.text().size(), doc.text().size()};
    return gklint_range{doc.lines().line_start(line), doc.lines().line_end(line)};
}

const char* host_language(const gklint_check_context* ctx) {
    return ctx && ctx->check.language == Language::En ? "en" : "zh";
}

int host_option_string(const gklint_check_context* ctx, const char* name, gklint_str* out) {
    const auto* value = option_of<std::string>(ctx, name);
    if (!value || !out) return 0;
    *out = str_of(*value);
    return 1;
}

int host_option_integer(const gklint_check_context* ctx, const char* name, int64_t* out) {
    const auto* value = option_of<std::int64_t>(ctx, name);
    if (!value || !out) return 0;
    *out = *value;
    return 1;
}

int host_option_number(const gklint_check_context* ctx, const char* name, double* out) {
    if (!out) return 0;
    if (const auto* value = option_of<double>(ctx, name)) {
        *out = *value;
        return 1;
    }
    if (const auto* value = option_of<std::int64_t>(ctx, name)) {
        *out = static_cast<double>(*value);
        return 1;
    }
    return 0;
}

int host_option_boolean(const gklint_check_context* ctx, const char* name, int* out) {
    const auto* value = option_of<bool>(ctx, name);
    if (!value || !out) return 0;
    *out = *value ? 1 : 0;
    return 1;
}

size_t host_option_list_size(const gklint_check_context* ctx, const char* name) {
    const auto* value = option_of<std::vector<std::string>>(ctx, name);
    return value ? value->size() : 0;
}

int host_option_list_item(const gklint_check_context* ctx, const char* name, size_t index, gklint_str* out) {
    const auto* value = option_of<std::vector<std::string>>(ctx, name);
    if (!value || !out || index >= value->size()) return 0;
    *out = str_of((*value)[index]);
    return 1;
}

int host_report(gklint_check_context* ctx, const gklint_diagnostic* diagnostic) {
    if (!ctx || !diagnostic || ctx->read_only) return 0;
    CheckContext& check = ctx->check;
    auto d = read_diagnostic(check.document.text(), diagnostic);
    if (!d) return 0;
    check.out.push_back(std::move(*d));
    return 1;
}

gklint_check_context* host_previous_report(const gklint_check_context* ctx) { return ctx ? ctx->previous : nullptr; }

void* host_document_value(gklint_check_context* ctx, const char* key, void* (*build)(gklint_check_context*, void*),
                          void* user, void (*release)(void*)) {
    if (!ctx || !key || !build) return nullptr;
    // The release function's address keeps two plugins that chose the same key apart.
    std::string slot = fmt::format("plugin:{}:{}", key, reinterpret_cast<std::uintptr_t>(release));
    auto value = ctx->check.analysis.shared(slot, [&]() -> std::shared_ptr<const void> {
        void* built = build(ctx, user);
        return std::shared_ptr<const void>(built, [release](const void* p) {
            if (p && release) release(const_cast<void*>(p));
        });
    });
    return const_cast<void*>(value.get());
}

constexpr gklint_host_api kHostApi{
    sizeof(gklint_host_api), GKLINT_PLUGIN_ABI_VERSION,
    host_document_text,     host_document_path,
    host_line_count,        host_line_range,
    host_language,          host_option_string,
    host_option_integer,    host_option_number,
    host_option_boolean,    host_option_list_size,
    host_option_list_item,  host_report,
    host_model::report_info,       host_model::section_count,     host_model::section,
    host_model::subheading,        host_model::paragraph_count,   host_model::paragraph,
    host_model::sentence,          host_model::number_count,      host_model::number,
    host_model::enumeration_count, host_model::enumeration,       host_model::enumeration_item,
    host_model::table_count,       host_model::table,             host_model::table_cell,
    host_model::table_label,       host_model::table_problem,     host_model::normalized_text,
    host_model::normalized_to_document, host_model::normalized_end_to_document,
    host_model::format_evidence_count,  host_model::format_evidence,
    host_model::period_count,           host_model::period,
    host_previous_report,
    host_document_value,
    host_patterns::register_pattern,    host_patterns::windows,
};

}  // namespace

const gklint_host_api& host_api() { return kHostApi; }

}  // namespace gklint
