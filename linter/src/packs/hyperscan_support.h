#pragma once
// What the packs' pattern scan and the plugins' pattern windows share: Hyperscan's
// flags, compiled databases cached on disk, a scratch space per thread, windows.
#include <hs/hs.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "packs/icu_regex.h"

namespace gklint::hyperscan {

// Prefilter mode (a superset of the ICU pattern's matches), first match only.
constexpr unsigned kPrefilterFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH |
                                     HS_FLAG_ALLOWEMPTY | HS_FLAG_DOTALL | HS_FLAG_MULTILINE;
// Every end, not only the first.
constexpr unsigned every_end(unsigned flags) { return flags & ~static_cast<unsigned>(HS_FLAG_SINGLEMATCH); }

// The longest match of a pattern in Hyperscan's syntax under `flags`, in bytes;
// UINT_MAX when unbounded or unknown.
unsigned max_width(const std::string& pattern, unsigned flags);

// Where a database compiled from what `key` names is cached ($XDG_CACHE_HOME/gklint or
// ~/.cache/gklint); empty when there is no such directory.
std::filesystem::path cache_file(const std::string& key);
// File: the key's length and the key, `header` (its size fixed by the caller), the
// database (none: db is nullptr).
bool load_cached(const std::filesystem::path& file, const std::string& key, std::string& header,
                 hs_database_t*& db);
void store_cached(const std::filesystem::path& file, const std::string& key, const std::string& header,
                  const hs_database_t* db);

// A number told to scratch_for() for each database, never reused.
std::uint64_t next_generation();
// This thread's scratch space, made valid for `db` (nullptr when Hyperscan cannot).
hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t generation);

// The ends a scan saw of one pattern of bounded width. Past `cap` of them (once per 256
// bytes of text on average, at least 256) windows would not pay: the pattern is then
// searched everywhere.
struct EndsSeen {
    std::vector<std::uint32_t> ends;
    bool everywhere = false;

    static std::size_t cap_for(std::size_t text_size);
    void add(unsigned long long end, std::size_t cap);
    // Each end widened back by the width into where the match may start, merged into
    // sorted, disjoint windows.
    std::vector<SearchWindow> windows(unsigned width);
};

}  // namespace gklint::hyperscan
