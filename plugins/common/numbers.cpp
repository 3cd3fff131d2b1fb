#include "numbers.h"

#include <cstdlib>
#include <string>

namespace plugin_common {

std::optional<double> parse_number(std::string_view s) {
    if (s.empty()) return std::nullopt;
    // Full-width digits are three bytes: EF BC 90..99.
    std::string ascii;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c >= '0' && c <= '9') || c == '.') {
            ascii.push_back(static_cast<char>(c));
            ++i;
        } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                   static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
            ascii.push_back(static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90)));
            i += 3;
        } else {
            break;
        }
    }
    if (!ascii.empty()) {
        if (ascii.front() == '.') return std::nullopt;
        return std::strtod(ascii.c_str(), nullptr);
    }
    static const std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    double total = 0, digit = 0;
    bool any = false;
    for (std::size_t i = 0; i + 3 <= s.size(); i += 3) {
        std::string_view c = s.substr(i, 3);
        bool matched = false;
        for (int d = 0; d < 10; ++d)
            if (c == kDigits[d]) {
                digit = d;
                matched = true;
            }
        if (c == "两" || c == "〇") {
            digit = c == "两" ? 2 : 0;
            matched = true;
        }
        if (c == "十" || c == "百" || c == "千") {
            total += (digit != 0 ? digit : 1) * (c == "十" ? 10 : c == "百" ? 100 : 1000);
            digit = 0;
            matched = true;
        }
        if (!matched) return std::nullopt;
        any = true;
    }
    if (!any) return std::nullopt;
    return total + digit;
}

std::string chinese_numeral(int n) {
    static constexpr std::string_view kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100) return std::to_string(n);
    std::string out;
    if (n >= 10) {
        if (n / 10 > 1) out += kDigits[n / 10];
        out += "十";
        n %= 10;
        if (n == 0) return out;
    }
    return out + std::string(kDigits[n]);
}

}  // namespace plugin_common
