#pragma once
// ICU regular expressions matched directly on UTF-8 text, with byte offsets
// (the plugin ABI speaks in byte ranges of the UTF-8 document text). Shared by the
// bundled plugins through the gklint_plugin_common static library.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/regex.h>

#include <atomic>
#include <mutex>

namespace plugin_common {

struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return begin == end; }
};

struct RegexMatch {
    ByteRange whole;
    std::vector<std::optional<ByteRange>> groups;  // index 0 unused
};

class Utf8Regex {
public:
    // Throws std::invalid_argument for a bad pattern (a bug in this plugin).
    explicit Utf8Regex(const std::string& pattern);

    // The first match in `text` starting at byte `from` or after, if any (the text
    // before `from` is seen by look-behinds and anchors). Thread-safe.
    std::optional<RegexMatch> find(std::string_view text, std::size_t from = 0) const;
    // Every non-overlapping match in `text`, offsets relative to `text`. Thread-safe.
    std::vector<RegexMatch> find_all(std::string_view text) const;
    // `text` with every match removed. Thread-safe.
    std::string remove_all(std::string_view text) const;

private:
    // Where matches may lie in `text` by the host's pattern scan (the pattern registered
    // at its first use); nullopt: anywhere (no host, an older one, or it cannot tell).
    std::optional<std::vector<ByteRange>> windows(std::string_view text) const;

    std::string source_;
    std::unique_ptr<icu::RegexPattern> pattern_;
    struct Registration {
        std::once_flag once;
        std::atomic<uint32_t> handle{0};
    };
    std::unique_ptr<Registration> registration_ = std::make_unique<Registration>();  // movable
};

}  // namespace plugin_common
