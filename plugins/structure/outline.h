#pragma once
// What every structure rule needs: the six sections of the format with their
// official headings, the model's sections, and the headings of sections the model
// did not place because they stand out of order (it takes headings in template order).
#include <gklint/plugin.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers.h"

namespace structure {

using gklint::plugin::Context;

// One level-1 section of the format. Both formats (2019 试行 60号, 2021 30号) have the
// same six headings (domain notes §2.1; rules/templates/*.yaml).
struct OfficialSection {
    const char* key;      // overview, proactive, requests, appeals, problems, other
    const char* numeral;  // 一 … 六
    const char* title;    // 总体情况 …
    const char* en;       // for English messages
};
const std::vector<OfficialSection>& official_sections();
// "六、其他需要报告的事项"
std::string official_heading(const OfficialSection& s);
// "第六部分“六、其他需要报告的事项”" / "part 六 (其他需要报告的事项)"
std::string section_name(const Context& ctx, const OfficialSection& s);

// Where a section's heading stands.
struct Placed {
    std::size_t index = 0;   // template index 0..5
    gklint_range heading{};  // document range
    bool in_order = true;    // false: out of the format's order
};

class Outline {
public:
    explicit Outline(const Context& ctx);

    const Context& ctx;
    std::string_view norm;                      // normalised text (Simplified, pinyin removed)
    std::vector<gklint_section_info> sections;  // the model's, template order
    std::vector<Placed> placed;                 // every heading found, document order

    // The heading of section i, if there is one (in order or not).
    const Placed* find(std::size_t index) const;
    int present_count() const { return static_cast<int>(placed.size()); }
    // A report rather than a fragment: three sections or more, or two and a report title.
    bool whole_report() const;

    // Offsets between the document and the normalised text.
    std::size_t norm_offset(std::size_t doc_offset) const;
    gklint_range doc(std::size_t norm_begin, std::size_t norm_end) const;
    // The document range of a line's text without its leading and trailing blanks.
    gklint_range trimmed_line(std::size_t line) const;
    // The line of a document offset.
    std::size_t line_of(std::size_t doc_offset) const;

private:
    void mark_order();
};

// `s` without whitespace (ASCII, U+3000, U+00A0): PDF text breaks headings anywhere.
std::string compact(std::string_view s);
bool is_blank_char(std::string_view s, std::size_t at, std::size_t* length);
// The value of a Chinese numeral 一…九十九 (0 when it is none).
int chinese_value(std::string_view s);
using plugin_common::chinese_numeral;  // 1 → 一, 12 → 十二

}  // namespace structure
