#include "packs/single_pattern_scan.h"

#include <climits>
#include <cstdint>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "packs/hyperscan_support.h"
#include "packs/pattern_prefilter.h"
#include "text/decoder.h"

namespace gklint {

struct SinglePatternScan::Compiled {
    Mode mode = Mode::Gate;
    unsigned width = UINT_MAX;  // Mode::Width: the longest match in bytes
    hs_database_t* db = nullptr;
    std::uint64_t generation = hyperscan::next_generation();
    ~Compiled() { hs_free_database(db); }
};

namespace {

// A larger database scans no faster than ICU searches, and each costs its memory in
// every process (a bounded repeat of a negated Unicode class compiles to megabytes).
constexpr std::size_t kMaxDatabaseSize = 64 * 1024;

hs_database_t* compile_one(const std::string& pattern, unsigned flags) {
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(pattern.c_str(), flags, HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
        hs_free_compile_error(error);
        return nullptr;
    }
    return db;
}

std::unique_ptr<SinglePatternScan::Compiled> build(const std::string& syntax) {
    auto c = std::make_unique<SinglePatternScan::Compiled>();
    unsigned width = hyperscan::max_width(syntax, hyperscan::kPrefilterFlags);
    if (width <= PatternPrefilter::kMaxWindowWidth &&
        (c->db = compile_one(syntax, hyperscan::every_end(hyperscan::kPrefilterFlags)))) {
        c->mode = SinglePatternScan::Mode::Width;
        c->width = width;
    } else if ((c->db = compile_one(syntax, hyperscan::kPrefilterFlags))) {
        c->mode = SinglePatternScan::Mode::Gate;
    }
    std::size_t size = 0;
    if (!c->db || hs_database_size(c->db, &size) != HS_SUCCESS || size > kMaxDatabaseSize) {
        hs_free_database(c->db);
        c->db = nullptr;
        c->mode = SinglePatternScan::Mode::None;
    }
    return c;
}

struct ScanState {
    hyperscan::EndsSeen ends;
    std::size_t cap;
    bool hit = false;
};

int on_match(unsigned, unsigned long long, unsigned long long to, unsigned, void* context) {
    auto& state = *static_cast<ScanState*>(context);
    state.hit = true;
    state.ends.add(to, state.cap);
    return state.ends.everywhere ? 1 : 0;  // enough: searching everywhere is as cheap
}

}  // namespace

SinglePatternScan::SinglePatternScan(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
SinglePatternScan::~SinglePatternScan() = default;

std::unique_ptr<SinglePatternScan> SinglePatternScan::compile(const std::string& icu_pattern) {
    auto syntax = prefilter_syntax(icu_pattern);
    if (!syntax) return nullptr;
    // The size limit is part of the key: a database kept under another limit is not this one's.
    const std::string key = fmt::format("gklint-pattern 1 {} {}\n{}\n", hs_version(), kMaxDatabaseSize, *syntax);
    const auto file = hyperscan::cache_file(key);
    auto compiled = std::make_unique<Compiled>();
    std::string header(5, '\0');  // the mode, the width
    if (!file.empty() && hyperscan::load_cached(file, key, header, compiled->db)) {
        compiled->mode = static_cast<Mode>(header[0]);
        std::uint32_t w = 0;
        std::memcpy(&w, header.data() + 1, 4);
        compiled->width = w;
    } else {
        compiled = build(*syntax);
        header[0] = static_cast<char>(compiled->mode);
        std::uint32_t w = compiled->width;
        std::memcpy(header.data() + 1, &w, 4);
        if (!file.empty()) hyperscan::store_cached(file, key, header, compiled->db);
    }
    if (compiled->mode == Mode::None) return nullptr;
    return std::unique_ptr<SinglePatternScan>(new SinglePatternScan(std::move(compiled)));
}

std::optional<std::vector<SearchWindow>> SinglePatternScan::windows(std::string_view text) const {
    const Compiled& c = *compiled_;
    if (text.size() > UINT_MAX || first_invalid_utf8(text) != std::string_view::npos)
        return std::nullopt;  // Hyperscan's UTF-8 mode is undefined on it
    hs_scratch_t* scratch = hyperscan::scratch_for(c.db, c.generation);
    if (!scratch) return std::nullopt;
    ScanState state{{}, hyperscan::EndsSeen::cap_for(text.size())};
    hs_error_t e = hs_scan(c.db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &state);
    if (e != HS_SUCCESS && e != HS_SCAN_TERMINATED) return std::nullopt;
    if (!state.hit) return std::vector<SearchWindow>{};
    if (c.mode != Mode::Width || state.ends.everywhere) return std::nullopt;
    return state.ends.windows(c.width);
}

}  // namespace gklint
