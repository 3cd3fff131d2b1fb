#include "read/html/charset_prescan.h"

#include <algorithm>
#include <cctype>

namespace gklint {
namespace {

constexpr std::size_t kPrescanBytes = 2048;

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; }

std::string lowercase(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

// The attributes of one tag, read from just after its name up to '>'.
class TagScanner {
public:
    TagScanner(std::string_view bytes, std::size_t at) : bytes_(bytes), at_(at) {}

    // The next attribute name and value (lowercased name); false at the tag's end.
    bool next(std::string& name, std::string& value) {
        while (at_ < bytes_.size() && is_space(bytes_[at_])) ++at_;
        if (at_ >= bytes_.size() || bytes_[at_] == '>') return false;
        std::size_t start = at_;
        while (at_ < bytes_.size() && !is_space(bytes_[at_]) && bytes_[at_] != '=' && bytes_[at_] != '>') ++at_;
        name = lowercase(bytes_.substr(start, at_ - start));
        value.clear();
        while (at_ < bytes_.size() && is_space(bytes_[at_])) ++at_;
        if (at_ >= bytes_.size() || bytes_[at_] != '=') return true;
        ++at_;
        while (at_ < bytes_.size() && is_space(bytes_[at_])) ++at_;
        if (at_ < bytes_.size() && (bytes_[at_] == '"' || bytes_[at_] == '\'')) {
            char quote = bytes_[at_++];
            std::size_t close = bytes_.find(quote, at_);
            if (close == std::string_view::npos) close = bytes_.size();
            value = bytes_.substr(at_, close - at_);
            at_ = std::min(close + 1, bytes_.size());
        } else {
            start = at_;
            while (at_ < bytes_.size() && !is_space(bytes_[at_]) && bytes_[at_] != '>') ++at_;
            value = bytes_.substr(start, at_ - start);
        }
        return true;
    }

private:
    std::string_view bytes_;
    std::size_t at_;
};

// "text/html; charset=gbk" -> "gbk".
std::string charset_in_content(std::string_view content) {
    std::string lowered = lowercase(content);
    std::size_t at = lowered.find("charset");
    if (at == std::string::npos) return {};
    at += 7;
    while (at < lowered.size() && (lowered[at] == ' ' || lowered[at] == '=')) ++at;
    std::size_t end = at;
    while (end < lowered.size() && lowered[end] != ';' && lowered[end] != ' ' && lowered[end] != '"' &&
           lowered[end] != '\'')
        ++end;
    return lowered.substr(at, end - at);
}

std::string charset_of_meta(std::string_view bytes, std::size_t after_name) {
    TagScanner scanner(bytes, after_name);
    std::string name, value, charset, content;
    bool content_type = false;
    while (scanner.next(name, value)) {
        if (name == "charset") charset = value;
        if (name == "content") content = value;
        if (name == "http-equiv") content_type = lowercase(value) == "content-type";
    }
    if (!charset.empty()) return charset;
    return content_type ? charset_in_content(content) : std::string{};
}

// Names browsers treat as GB18030's subsets; decoding them as GB18030 reads them all.
std::string decoder_name(std::string charset) {
    charset = lowercase(charset);
    charset.erase(std::remove_if(charset.begin(), charset.end(), [](char c) { return c == ' '; }), charset.end());
    for (std::string_view gb : {"gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "windows-936", "euc-cn", "gb18030"})
        if (charset == gb) return "GB18030";
    // A page read as bytes declaring UTF-16 is not UTF-16 (its BOM would have said so).
    if (charset == "utf8" || charset.rfind("utf-16", 0) == 0) return "UTF-8";
    return charset;
}

}  // namespace

std::string prescan_html_charset(std::string_view bytes) {
    bytes = bytes.substr(0, kPrescanBytes);
    for (std::size_t at = bytes.find('<'); at != std::string_view::npos; at = bytes.find('<', at + 1)) {
        if (bytes.substr(at, 4) == "<!--") {
            std::size_t close = bytes.find("-->", at + 4);
            if (close == std::string_view::npos) break;
            at = close + 2;
            continue;
        }
        if (at + 5 >= bytes.size() || lowercase(bytes.substr(at + 1, 4)) != "meta" || !is_space(bytes[at + 5]))
            continue;
        std::string charset = charset_of_meta(bytes, at + 5);
        if (!charset.empty()) return decoder_name(charset);
    }
    return {};
}

}  // namespace gklint
