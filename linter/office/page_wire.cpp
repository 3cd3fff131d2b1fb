#include "page_wire.h"

#include <cstdint>
#include <cstring>

#include "text/decoder.h"

namespace gklint::office {
namespace {

template <typename T>
void put(std::string& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    template <typename T>
    T get() {
        T value{};
        need(sizeof value);
        std::memcpy(&value, in_.data() + at_, sizeof value);
        at_ += sizeof value;
        return value;
    }
    std::string text(std::size_t n) {
        need(n);
        std::string out(in_.substr(at_, n));
        at_ += n;
        return out;
    }
    std::string_view rest() const { return in_.substr(at_); }

private:
    void need(std::size_t n) const {
        if (in_.size() - at_ < n) throw InputError("the PDF reader's answer is cut short", 0);
    }
    std::string_view in_;
    std::size_t at_ = 0;
};

}  // namespace

std::string encode_pages(const std::vector<pdf::Page>& pages) {
    std::string out = "K";
    put<std::uint64_t>(out, pages.size());
    for (const auto& page : pages) {
        put(out, page.height);
        put<std::uint64_t>(out, page.words.size());
        for (const auto& w : page.words) {
            put<std::uint64_t>(out, w.text.size());
            out += w.text;
            for (double v : {w.left, w.top, w.right, w.bottom, w.size}) put(out, v);
            put<std::uint8_t>(out, w.space_after ? 1 : 0);
            put<std::uint8_t>(out, w.rotated ? 1 : 0);
        }
    }
    return out;
}

std::string encode_error(std::string_view message) { return "E" + std::string(message); }

std::vector<pdf::Page> decode_pages(std::string_view wire) {
    if (wire.empty()) throw InputError("the PDF reader gave no answer", 0);
    Reader in(wire.substr(1));
    if (wire[0] == 'E') throw InputError(std::string(in.rest()), 0);
    if (wire[0] != 'K') throw InputError("the PDF reader's answer is not understood", 0);
    // Counts are checked against what is left, so a damaged answer cannot ask for memory.
    const auto page_count = in.get<std::uint64_t>();
    if (page_count > wire.size()) throw InputError("the PDF reader's answer is damaged", 0);
    std::vector<pdf::Page> pages(static_cast<std::size_t>(page_count));
    for (auto& page : pages) {
        page.height = in.get<double>();
        const auto word_count = in.get<std::uint64_t>();
        if (word_count > wire.size()) throw InputError("the PDF reader's answer is damaged", 0);
        page.words.resize(static_cast<std::size_t>(word_count));
        for (auto& w : page.words) {
            const auto length = in.get<std::uint64_t>();
            if (length > wire.size()) throw InputError("the PDF reader's answer is damaged", 0);
            w.text = in.text(static_cast<std::size_t>(length));
            w.left = in.get<double>();
            w.top = in.get<double>();
            w.right = in.get<double>();
            w.bottom = in.get<double>();
            w.size = in.get<double>();
            w.space_after = in.get<std::uint8_t>() != 0;
            w.rotated = in.get<std::uint8_t>() != 0;
        }
    }
    return pages;
}

}  // namespace gklint::office
