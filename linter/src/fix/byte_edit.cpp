#include "fix/byte_edit.h"

#include <stdexcept>

#include <fmt/format.h>

#include "fix/reencode.h"
#include "text/decoder.h"

namespace gklint {

std::string adapt_line_endings(const Document& document, const std::string& replacement) {
    if (document.text().find("\r\n") == std::string_view::npos) return replacement;
    std::string out;
    out.reserve(replacement.size());
    for (std::size_t i = 0; i < replacement.size(); ++i) {
        if (replacement[i] == '\n' && (i == 0 || replacement[i - 1] != '\r')) out.push_back('\r');
        out.push_back(replacement[i]);
    }
    return out;
}

std::string encoding_veto(const Document& document, const Fix& fix) {
    if (!document.original_range(fix.range))
        return "the text it replaces is not written as such in the file (markup or entities inside it)";
    if (document.format() == InputFormat::Html && fix.replacement.find('\n') != std::string::npos)
        return "a line break cannot be written into the text of a web page (it needs a new paragraph element)";
    if (encode_text(adapt_line_endings(document, fix.replacement), document.encoding())) return {};
    return fmt::format("its text “{}” cannot be written in the file's encoding {}", fix.replacement,
                       document.encoding());
}

std::string escape_html_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

EditedFile apply_fixes(const Document& document, const std::vector<ChosenFix>& fixes) {
    std::string_view text = document.text();
    const std::string& original = document.original_bytes();
    EditedFile out;
    std::size_t text_at = 0;
    std::size_t byte_at = 0;
    for (const auto& chosen : fixes) {
        const TextRange& r = chosen.fix.range;
        std::string replacement = adapt_line_endings(document, chosen.fix.replacement);
        if (document.format() == InputFormat::Html) replacement = escape_html_text(replacement);
        auto encoded = encode_text(replacement, document.encoding());
        auto bytes = document.original_range(r);
        if (!encoded || !bytes || r.begin < text_at || r.end < r.begin || r.end > text.size() || bytes->begin < byte_at)
            throw std::runtime_error(fmt::format("the fix of {} cannot be applied", chosen.rule_id));
        std::size_t byte_begin = bytes->begin;
        std::size_t byte_end = bytes->end;
        out.text.append(text.substr(text_at, r.begin - text_at));
        out.text.append(replacement);
        out.bytes.append(original, byte_at, byte_begin - byte_at);
        out.bytes.append(*encoded);
        text_at = r.end;
        byte_at = byte_end;
    }
    out.text.append(text.substr(text_at));
    out.bytes.append(original, byte_at, std::string::npos);

    // The splice must read back as the fixed text, or the file is not touched. (A
    // page's text is read back through its reader by the caller.)
    if (document.format() == InputFormat::Html) return out;
    try {
        if (decode(out.bytes, document.encoding()).text == out.text) return out;
    } catch (const InputError&) {
    }
    throw std::runtime_error(
        fmt::format("the fixed file would not read back as the fixed text in {}; left unchanged", document.encoding()));
}

}  // namespace gklint
