#include "lsp/debouncer.h"

namespace gklint::lsp {

std::vector<std::string> Debouncer::take_due(Clock::time_point now) {
    std::vector<std::string> out;
    for (auto it = due_.begin(); it != due_.end();) {
        if (it->second <= now) {
            out.push_back(it->first);
            it = due_.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

std::optional<Debouncer::Clock::time_point> Debouncer::next_deadline() const {
    std::optional<Clock::time_point> next;
    for (const auto& [key, at] : due_)
        if (!next || at < *next) next = at;
    return next;
}

}  // namespace gklint::lsp
