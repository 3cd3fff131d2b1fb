#pragma once
// Timers per document: lint and publish a document only once its edits have
// paused for `delay`.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gklint::lsp {

class Debouncer {
public:
    using Clock = std::chrono::steady_clock;

    explicit Debouncer(Clock::duration delay) : delay_(delay) {}

    void set_delay(Clock::duration delay) { delay_ = delay; }
    void touch(const std::string& key, Clock::time_point now) { due_[key] = now + delay_; }
    void cancel(const std::string& key) { due_.erase(key); }
    // The keys whose time has come, removed from the timers.
    std::vector<std::string> take_due(Clock::time_point now);
    std::optional<Clock::time_point> next_deadline() const;

private:
    Clock::duration delay_;
    std::map<std::string, Clock::time_point> due_;
};

}  // namespace gklint::lsp
