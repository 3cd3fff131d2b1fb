#include "output/fix_help.h"

#include <algorithm>

#include <fmt/format.h>

#include "output/display_text.h"

namespace gklint {
namespace {

enum class Edit { Replace, ReplaceOther, Delete, Insert };

// Line breaks and TABs are shown as escapes so the quoted text stays on one line.
std::string quoted_text(std::string_view text) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string_view escape = text[i] == '\n' ? "\\n" : text[i] == '\r' ? "\\r" : text[i] == '\t' ? "\\t" : "";
        if (escape.empty()) continue;
        out += single_line(text.substr(from, i - from));
        out += escape;
        from = i + 1;
    }
    out += single_line(text.substr(from));
    return out;
}

std::string_view slice(const Document& document, TextRange range) {
    std::string_view text = document.text();
    std::size_t begin = std::min(range.begin, text.size());
    return text.substr(begin, std::min(std::max(range.end, begin), text.size()) - begin);
}

std::string zh_action(Edit edit, const std::string& original, const std::string& replacement) {
    switch (edit) {
        case Edit::Replace: return fmt::format("替换为 “{}”", replacement);
        case Edit::ReplaceOther: return fmt::format("将 “{}” 替换为 “{}”", original, replacement);
        case Edit::Delete: return fmt::format("删除 “{}”", original);
        case Edit::Insert: return fmt::format("插入 “{}”", replacement);
    }
    return {};
}

std::string en_action(Edit edit, bool gerund, const std::string& original, const std::string& replacement) {
    std::string_view replace = gerund ? "replacing" : "replace";
    switch (edit) {
        case Edit::Replace: return fmt::format("{} with '{}'", replace, replacement);
        case Edit::ReplaceOther: return fmt::format("{} '{}' with '{}'", replace, original, replacement);
        case Edit::Delete: return fmt::format("{} '{}'", gerund ? "deleting" : "delete", original);
        case Edit::Insert: return fmt::format("{} '{}'", gerund ? "inserting" : "insert", replacement);
    }
    return {};
}

}  // namespace

std::string describe_fix(const Document& document, const Diagnostic& diagnostic, Language language) {
    const Fix& fix = *diagnostic.fix;
    Edit edit = fix.range.end <= fix.range.begin ? Edit::Insert
                : fix.replacement.empty()        ? Edit::Delete
                : fix.range == diagnostic.range  ? Edit::Replace
                                                 : Edit::ReplaceOther;
    if (!fix.description.empty()) {
        if (language == Language::En)
            return (fix.safe ? fix.description : "consider " + fix.description) +
                   (fix.safe ? " (auto-fixable)" : " (check before applying)");
        return (fix.safe ? fix.description : "建议" + fix.description) + (fix.safe ? "（可自动修复）" : "（请人工确认）");
    }
    std::string original = quoted_text(slice(document, fix.range));
    std::string replacement = quoted_text(fix.replacement);
    if (language == Language::En) {
        if (fix.safe) return en_action(edit, false, original, replacement) + " (auto-fixable)";
        return "consider " + en_action(edit, true, original, replacement) + " (check before applying)";
    }
    if (fix.safe) return zh_action(edit, original, replacement) + "（可自动修复）";
    return "建议" + zh_action(edit, original, replacement) + "（请人工确认）";
}

}  // namespace gklint
