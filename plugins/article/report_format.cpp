#include "report_format.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <optional>
#include <string_view>

#include "report_text.h"
#include "utf8_regex.h"

namespace article {
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;
namespace {

constexpr std::size_t kTitleLines = 5;
constexpr int kFirst2021FormatYear = 2021;

// Column and row labels that exist in only one of the two table 二 layouts.
constexpr std::array<std::string_view, 3> k2021Labels = {"本年制发件数", "本年处理决定数量", "行政规范性文件"};
constexpr std::array<std::string_view, 3> k2019Labels = {"本年新制作数量", "上一年项目数量", "采购项目数量"};

std::optional<int> report_year(const gklint::plugin::Context& ctx) {
    static const Utf8Regex kYear(R"((20[0-9]{2})\s*年)");
    std::size_t seen = 0;
    for (std::size_t i = 0; i < ctx.line_count() && seen < kTitleLines; ++i) {
        std::string_view line = ctx.line(i);
        if (is_blank(line)) continue;
        ++seen;
        if (auto m = kYear.find(line)) return std::stoi(std::string(line.substr(m->groups[1]->begin, 4)));
    }
    return std::nullopt;
}

// Section 二 as plain Simplified text: no whitespace (labels are often split
// across table cells), no injected pinyin, Traditional characters mapped.
icu::UnicodeString normalized_section_text(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& spans) {
    std::string text;
    for (const auto& span : spans)
        for (std::size_t i = span.first; i < span.end; ++i) text.append(ctx.line(i));
    static const Utf8Regex kNoise(R"(\s+|(?<=\p{Han})(?:)" + kPinyinGroup + ")+");
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(kNoise.remove_all(text));

    // Creating the transliterator parses its rules; later copies are cheap.
    static const std::unique_ptr<icu::Transliterator> kToSimplified = [] {
        UErrorCode st = U_ZERO_ERROR;
        return std::unique_ptr<icu::Transliterator>(
            icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, st));
    }();
    if (kToSimplified) std::unique_ptr<icu::Transliterator>(kToSimplified->clone())->transliterate(s);
    return s;
}

template <std::size_t N>
bool contains_any(const icu::UnicodeString& text, const std::array<std::string_view, N>& labels) {
    for (auto label : labels)
        if (text.indexOf(icu::UnicodeString::fromUTF8(label)) >= 0) return true;
    return false;
}

std::optional<TableFormat> format_from_labels(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& spans) {
    icu::UnicodeString text = normalized_section_text(ctx, spans);
    bool is2019 = contains_any(text, k2019Labels);
    bool is2021 = contains_any(text, k2021Labels);
    if (is2019 == is2021) return std::nullopt;
    return is2021 ? TableFormat::Y2021 : TableFormat::Y2019;
}

}  // namespace

FormatChoice choose_format(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& section_two) {
    std::string option = ctx.option_string("format").value_or("auto");
    if (option == "2019") return {TableFormat::Y2019, FormatBasis::Option, 0};
    if (option == "2021") return {TableFormat::Y2021, FormatBasis::Option, 0};
    if (auto year = report_year(ctx))
        return {*year >= kFirst2021FormatYear ? TableFormat::Y2021 : TableFormat::Y2019, FormatBasis::ReportYear,
                *year};
    if (auto format = format_from_labels(ctx, section_two)) return {*format, FormatBasis::TableLabels, 0};
    return {};
}

const std::vector<std::string>& allowed_items(TableFormat format) {
    static const std::vector<std::string> k2019 = {"一", "五", "六", "八", "九"};
    static const std::vector<std::string> k2021 = {"一", "五", "六", "八"};
    return format == TableFormat::Y2021 ? k2021 : k2019;
}

}  // namespace article
