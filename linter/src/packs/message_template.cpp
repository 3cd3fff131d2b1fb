#include "packs/message_template.h"

namespace gklint {

std::string expand_template(std::string_view text, const TemplateValues& values) {
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            std::size_t close = text.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto it = values.find(text.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push_back(text[i++]);
    }
    return out;
}

}  // namespace gklint
