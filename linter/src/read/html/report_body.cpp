#include "read/html/report_body.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "read/html/dom.h"
#include "text/decoder.h"

namespace gklint {
namespace {

constexpr std::string_view kTitleWord = "年度报告";
constexpr std::size_t kMaxTitleChars = 80;

// Drops white space, no-break and ideographic spaces: markers are matched across
// the spans and padding of a page.
void append_without_spaces(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
        if (text.substr(i, 2) == "\xC2\xA0") { ++i; continue; }
        if (text.substr(i, 3) == "\xE3\x80\x80") { i += 2; continue; }
        out += c;
    }
}

std::string without_spaces(std::string_view text) {
    std::string out;
    append_without_spaces(out, text);
    return out;
}

// Whether UTF-8 text is shorter than `limit` characters (looking at 4 * limit bytes at most).
bool shorter_than(std::string_view s, std::size_t limit) {
    if (s.size() >= 4 * limit) return false;
    auto points = std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return static_cast<std::size_t>(points) < limit;
}

struct ElementText {
    const GumboNode* node;
    std::size_t begin, end;  // in the page's flat text
    std::size_t depth;
};

// The page's shown text without spaces, and where each shown element's text lies in it.
class FlatText {
public:
    explicit FlatText(const GumboNode* root) { visit(root, 0); }
    const std::string& text() const { return text_; }
    const std::vector<ElementText>& elements() const { return elements_; }

private:
    void visit(const GumboNode* node, std::size_t depth) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            append_without_spaces(text_, node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || is_hidden_element(node)) return;
        std::size_t index = elements_.size();
        elements_.push_back({node, text_.size(), 0, depth});
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) visit(static_cast<const GumboNode*>(children.data[i]), depth + 1);
        elements_[index].end = text_.size();
    }

    std::string text_;
    std::vector<ElementText> elements_;
};

class MarkerIndex {
public:
    MarkerIndex(const std::string& flat, const std::vector<std::string>& markers) {
        for (const auto& m : markers) {
            Marker marker{without_spaces(m), {}};
            if (marker.text.empty()) continue;
            for (std::size_t at = flat.find(marker.text); at != std::string::npos; at = flat.find(marker.text, at + 1))
                marker.at.push_back(at);
            markers_.push_back(std::move(marker));
        }
    }

    std::size_t found_anywhere() const {
        return static_cast<std::size_t>(std::count_if(markers_.begin(), markers_.end(), [](const Marker& m) { return !m.at.empty(); }));
    }
    bool any_titles_found() const { return count(0, SIZE_MAX, true) > 0; }

    bool any_headings_found() const { return count(0, SIZE_MAX, false) > 0; }

    // Distinct markers of one kind (title or heading) wholly inside [begin, end).
    std::size_t count(std::size_t begin, std::size_t end, bool titles) const {
        std::size_t n = 0;
        for (const auto& m : markers_) {
            if (is_title(m) != titles) continue;
            auto it = std::lower_bound(m.at.begin(), m.at.end(), begin);
            if (it != m.at.end() && *it + m.text.size() <= end) ++n;
        }
        return n;
    }

private:
    struct Marker {
        std::string text;
        std::vector<std::size_t> at;  // occurrences in the flat text
    };
    static bool is_title(const Marker& m) { return m.text.find(kTitleWord) != std::string::npos; }
    std::vector<Marker> markers_;
};

const ElementText* best_block(const FlatText& flat, const MarkerIndex& markers, bool by_titles) {
    const ElementText* best = nullptr;
    std::size_t best_count = 0;
    for (const auto& e : flat.elements()) {
        std::size_t n = markers.count(e.begin, e.end, by_titles);
        if (n == 0 || n < best_count) continue;
        bool better = n > best_count || e.end - e.begin < best->end - best->begin ||
                      (e.end - e.begin == best->end - best->begin && e.depth > best->depth);
        if (better) {
            best = &e;
            best_count = n;
        }
    }
    return best;
}

bool is_title_text(std::string_view flat_text) {
    return shorter_than(flat_text, kMaxTitleChars) && flat_text.find(kTitleWord) != std::string_view::npos;
}

// Whether the body starts with the report's title: a short block naming a report
// (年度报告) begins within its first characters. A long paragraph naming one (…
// 年度报告有关事项的通知) is not a title.
bool starts_with_title(const FlatText& flat, const ElementText& body) {
    std::string_view text = flat.text();
    for (const ElementText* e = &body; e != flat.elements().data() + flat.elements().size(); ++e) {
        if (e != &body && e->depth <= body.depth) break;  // past the body's descendants
        if (!shorter_than(text.substr(body.begin, e->begin - body.begin), kMaxTitleChars)) break;
        if (is_block_element(e->node) && is_title_text(text.substr(e->begin, e->end - e->begin))) return true;
    }
    return false;
}

// The nearest short element before the body naming a report (年度报告), the outermost
// of those ending at the same place.
const GumboNode* title_before(const FlatText& flat, const ElementText& body) {
    const ElementText* title = nullptr;
    for (const auto& e : flat.elements()) {
        if (e.end > body.begin || e.begin == e.end) continue;
        if (!is_title_text(std::string_view(flat.text()).substr(e.begin, e.end - e.begin))) continue;
        if (!title || e.end > title->end || (e.end == title->end && e.begin < title->begin)) title = &e;
    }
    return title ? title->node : nullptr;
}

}  // namespace

ReportBody find_report_body(const GumboNode* root, const std::vector<std::string>& markers) {
    FlatText flat(root);
    MarkerIndex index(flat.text(), markers);
    std::size_t found = index.found_anywhere();
    if (found < 2)
        throw InputError(fmt::format("no report found in the page: it has {} of the {} words that mark a report's "
                                     "title and section headings (such as 政府信息公开工作年度报告, 总体情况)",
                                     found, markers.size()),
                         0);
    bool by_titles = !index.any_headings_found();
    const ElementText* body = best_block(flat, index, by_titles);
    ReportBody result{body->node, nullptr};
    if (!by_titles && index.any_titles_found() && !starts_with_title(flat, *body)) result.title = title_before(flat, *body);
    return result;
}

}  // namespace gklint
