#include "packs/pattern_prefilter.h"

#include <hs/hs.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "packs/hyperscan_support.h"
#include "text/decoder.h"

namespace gklint {
namespace {

// ICU's \s, spelled out for Hyperscan (whose \s under UCP is wider inside [^…]).
constexpr std::string_view kIcuSpaces = R"(\t\n\f\r\p{Z})";

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<std::string> prefilter_syntax(std::string_view p) {
    std::string out;
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        char c = p[i];
        if (c == '\\') {
            if (i + 1 >= p.size()) return std::nullopt;
            char e = p[++i];
            if (e == 'u' || e == 'U') {
                std::size_t n = e == 'u' ? 4 : 8;
                std::string_view hex = p.substr(i + 1, n);
                if (hex.size() != n || !std::all_of(hex.begin(), hex.end(), is_hex)) return std::nullopt;
                out += fmt::format("\\x{{{}}}", hex);
                i += n;
            } else if (e == 's') {
                out += in_class ? std::string(kIcuSpaces) : fmt::format("[{}]", kIcuSpaces);
            } else if (e == 'S') {
                if (in_class) return std::nullopt;
                out += fmt::format("[^{}]", kIcuSpaces);
            } else if (e == 'p' || e == 'P') {
                std::size_t close = p.find('}', i);
                if (i + 1 >= p.size() || p[i + 1] != '{' || close == std::string_view::npos) return std::nullopt;
                out += '\\';
                out += p.substr(i, close - i + 1);
                i = close;
            } else if (e == 'x') {
                out += "\\x";
            } else if (e == 'd' || e == 'D' || e == 't' || e == 'n' || e == 'r' || e == 'f') {
                out += '\\';
                out += e;
            } else if (std::isalnum(static_cast<unsigned char>(e))) {
                return std::nullopt;  // \w \b \h \R \N \Q, back-references …: not promised alike
            } else {
                out += '\\';
                out += e;
            }
            continue;
        }
        if (in_class) {
            if (c == '[' || (c == '&' && i + 1 < p.size() && p[i + 1] == '&') ||
                (c == '-' && i + 1 < p.size() && p[i + 1] == '-'))
                return std::nullopt;  // ICU's nested sets and set operations
            if (c == ']') in_class = false;
            out += c;
            continue;
        }
        if (c == '[') {
            in_class = true;
            out += c;
            if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
            if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];
            if (i + 1 < p.size() && p[i + 1] == ':') return std::nullopt;  // [:alpha:]
            continue;
        }
        if (c == '^' || c == '$') continue;  // anchors dropped: only wider (ICU's lines end at \r too)
        if (c == '(' && i + 1 < p.size() && p[i + 1] == '?') {
            std::string_view rest = p.substr(i + 2);
            if (rest.starts_with(":") || rest.starts_with("=") || rest.starts_with("!") || rest.starts_with("<=") ||
                rest.starts_with("<!") || rest.starts_with(">")) {
                out += "(?";
                ++i;
                continue;
            }
            if (rest.starts_with("m:") || rest.starts_with("s:")) {  // only about ^ $ and .: both widened here
                out += "(?:";
                i += 3;
                continue;
            }
            if (rest.starts_with("<") && rest.size() > 1 && std::isalpha(static_cast<unsigned char>(rest[1]))) {
                out += "(?:";  // a named group: Hyperscan needs no name
                std::size_t close = p.find('>', i);
                if (close == std::string_view::npos) return std::nullopt;
                i = close;
                continue;
            }
            return std::nullopt;  // flags (?i) (?x), comments …
        }
        out += c;
    }
    if (in_class) return std::nullopt;
    return out;
}

struct PatternPrefilter::Database {
    std::uint64_t generation = 0;       // tells a thread's scratch space which database it was made for
    hs_database_t* db = nullptr;
    std::size_t count = 0;              // patterns it covers (ids below)
    std::vector<bool> included;         // by id: compiled (false: always may match)
    std::vector<unsigned> width;        // by id: longest match in bytes; UINT_MAX: unbounded or unknown
    bool windowed(std::size_t id) const { return included[id] && width[id] <= PatternPrefilter::kMaxWindowWidth; }
    ~Database() { hs_free_database(db); }
};

namespace {

constexpr unsigned kFlags = hyperscan::kPrefilterFlags;

PatternPrefilter::Mode mode_from_environment() {
    const char* v = std::getenv("GKLINT_PREFILTER");
    if (v && std::strcmp(v, "off") == 0) return PatternPrefilter::Mode::Off;
    if (v && std::strcmp(v, "verify") == 0) return PatternPrefilter::Mode::Verify;
    return PatternPrefilter::Mode::On;
}

// What a cached database must have been compiled from: the library and every pattern.
std::string cache_key(const std::vector<std::string>& patterns) {
    std::string key = fmt::format("gklint-prefilter 2 {} {}\n", hs_version(), kFlags);
    for (const auto& p : patterns) key += p + '\n';
    return key;
}

// The longest match of each pattern in bytes, as Hyperscan reads it in prefilter mode
// (a superset of the ICU pattern's matches, look-arounds empty: no shorter than ICU's).
std::vector<unsigned> widths(const std::vector<std::string>& patterns) {
    std::vector<unsigned> out;
    for (const auto& p : patterns) out.push_back(hyperscan::max_width(p, kFlags));
    return out;
}

// The cached header: one byte per pattern (compiled or not), four (its width).
std::string header_of(const std::vector<bool>& included, const std::vector<unsigned>& width) {
    std::string out;
    for (bool b : included) out.push_back(b ? 1 : 0);
    for (unsigned w : width) {
        std::uint32_t w32 = w;
        out.append(reinterpret_cast<const char*>(&w32), 4);
    }
    return out;
}

void read_header(const std::string& header, std::vector<bool>& included, std::vector<unsigned>& width) {
    const std::size_t n = included.size();
    for (std::size_t i = 0; i < n; ++i) {
        included[i] = header[i] != 0;
        std::uint32_t w = 0;
        std::memcpy(&w, header.data() + n + 4 * i, 4);
        width[i] = w;
    }
}

// Compiles what Hyperscan accepts; a pattern it refuses always runs. A pattern of
// bounded width reports every end, the others their first.
hs_database_t* compile(const std::vector<std::string>& patterns, const std::vector<unsigned>& width,
                       std::vector<bool>& included) {
    for (;;) {
        std::vector<const char*> expressions;
        std::vector<unsigned> flags, ids;
        for (std::size_t i = 0; i < patterns.size(); ++i)
            if (included[i]) {
                expressions.push_back(patterns[i].c_str());
                flags.push_back(width[i] <= PatternPrefilter::kMaxWindowWidth ? hyperscan::every_end(kFlags) : kFlags);
                ids.push_back(static_cast<unsigned>(i));
            }
        if (expressions.empty()) return nullptr;
        hs_database_t* db = nullptr;
        hs_compile_error_t* error = nullptr;
        if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                             HS_MODE_BLOCK, nullptr, &db, &error) == HS_SUCCESS)
            return db;
        int failed = error ? error->expression : -1;
        hs_free_compile_error(error);
        if (failed < 0) {  // not about one pattern: no prefilter at all
            std::fill(included.begin(), included.end(), false);
            return nullptr;
        }
        included[ids[static_cast<std::size_t>(failed)]] = false;
    }
}

// What one scan collects: which patterns may match, and where the windowed ones may end.
struct ScanState {
    std::vector<bool>& maybe;
    std::vector<hyperscan::EndsSeen> ends;  // by id (windowed patterns report every end)
    std::size_t cap;
};

int on_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
    auto& state = *static_cast<ScanState*>(context);
    if (id >= state.maybe.size()) return 0;
    state.maybe[id] = true;
    state.ends[id].add(to, state.cap);
    return 0;
}

}  // namespace

void verify_windows(const IcuRegex& pattern, std::string_view text, const std::vector<SearchWindow>& windows) {
    pattern.for_each_match(text, [&](const RegexMatch& m) {
        for (const auto& w : windows)
            if (w.begin <= m.begin && m.begin <= w.end && m.end <= w.end) return;
        std::fprintf(stderr, "gklint: internal error: '%s' matches at bytes %zu-%zu, outside the windows of the pattern scan\n",
                     pattern.source().c_str(), m.begin, m.end);
        std::abort();
    });
}

PatternPrefilter::PatternPrefilter() : mode_(mode_from_environment()) {}
PatternPrefilter::~PatternPrefilter() = default;

PatternPrefilter& PatternPrefilter::global() {
    static PatternPrefilter instance;
    return instance;
}

std::optional<std::size_t> PatternPrefilter::add(const std::string& icu_pattern, bool ignore_case) {
    if (mode_ == Mode::Off || ignore_case) return std::nullopt;
    auto syntax = prefilter_syntax(icu_pattern);
    if (!syntax) return std::nullopt;
    std::lock_guard lock(mutex_);
    patterns_.push_back(std::move(*syntax));
    return patterns_.size() - 1;
}

std::shared_ptr<const PatternPrefilter::Database> PatternPrefilter::database() const {
    std::lock_guard lock(mutex_);
    if (database_ && database_->count == patterns_.size()) return database_;
    auto fresh = std::make_shared<Database>();
    fresh->generation = hyperscan::next_generation();
    fresh->count = patterns_.size();
    fresh->included.assign(patterns_.size(), true);
    fresh->width.assign(patterns_.size(), UINT_MAX);
    const std::string key = cache_key(patterns_);
    const std::filesystem::path file = hyperscan::cache_file(key);
    std::string header(5 * patterns_.size(), '\0');
    if (!file.empty() && hyperscan::load_cached(file, key, header, fresh->db)) {
        read_header(header, fresh->included, fresh->width);
    } else {
        fresh->width = widths(patterns_);
        fresh->db = compile(patterns_, fresh->width, fresh->included);
        if (fresh->db && !file.empty())
            hyperscan::store_cached(file, key, header_of(fresh->included, fresh->width), fresh->db);
    }
    database_ = fresh;
    return database_;
}

std::shared_ptr<const PatternPrefilter::Hits> PatternPrefilter::scan(std::string_view text) const {
    auto hits = std::make_shared<Hits>();
    if (mode_ == Mode::Off) return hits;
    auto db = database();
    hits->maybe.assign(db->count, false);
    for (std::size_t i = 0; i < db->count; ++i)
        if (!db->included[i]) hits->maybe[i] = true;
    if (!db->db || text.size() > UINT_MAX ||
        first_invalid_utf8(text) != std::string_view::npos) {  // Hyperscan's UTF-8 mode is undefined on it
        hits->maybe.assign(db->count, true);
        return hits;
    }
    hs_scratch_t* scratch = hyperscan::scratch_for(db->db, db->generation);
    if (!scratch) {
        hits->maybe.assign(db->count, true);
        return hits;
    }
    ScanState state{hits->maybe, std::vector<hyperscan::EndsSeen>(db->count),
                    hyperscan::EndsSeen::cap_for(text.size())};
    if (hs_scan(db->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &state) !=
        HS_SUCCESS) {
        hits->maybe.assign(db->count, true);
        return hits;
    }
    hits->near.resize(db->count);
    for (std::size_t i = 0; i < db->count; ++i)
        if (db->windowed(i) && !state.ends[i].everywhere) hits->near[i] = state.ends[i].windows(db->width[i]);
    return hits;
}

}  // namespace gklint
