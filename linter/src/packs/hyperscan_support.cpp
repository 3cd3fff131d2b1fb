#include "packs/hyperscan_support.h"

#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unordered_set>

#include <fmt/format.h>

namespace gklint::hyperscan {
namespace {

std::filesystem::path cache_dir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::filesystem::path(x) / "gklint";
    if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".cache" / "gklint";
    return {};
}

struct ThreadScratch {
    hs_scratch_t* scratch = nullptr;
    std::unordered_set<std::uint64_t> valid_for;  // generations of the databases it serves
    ~ThreadScratch() { hs_free_scratch(scratch); }
};

}  // namespace

unsigned max_width(const std::string& pattern, unsigned flags) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* error = nullptr;
    unsigned w = UINT_MAX;
    if (hs_expression_info(pattern.c_str(), flags, &info, &error) == HS_SUCCESS && info) w = info->max_width;
    std::free(info);
    hs_free_compile_error(error);
    return w;
}

std::filesystem::path cache_file(const std::string& key) {
    std::filesystem::path dir = cache_dir();
    if (dir.empty()) return {};
    return dir / fmt::format("patterns-{:016x}.hsdb", XXH3_64bits(key.data(), key.size()));
}

bool load_cached(const std::filesystem::path& file, const std::string& key, std::string& header,
                 hs_database_t*& db) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) return false;
    const std::streamoff size = in.tellg();
    if (size <= 0) return false;
    std::string bytes(static_cast<std::size_t>(size), '\0');  // read at once: a stream copy costs more than the scan
    in.seekg(0);
    if (!in.read(bytes.data(), size)) return false;
    if (bytes.size() < 8 + key.size() + header.size()) return false;
    std::uint64_t key_size = 0;
    std::memcpy(&key_size, bytes.data(), 8);
    if (key_size != key.size() || bytes.compare(8, key.size(), key) != 0) return false;
    header.assign(bytes, 8 + key.size(), header.size());
    std::size_t at = 8 + key.size() + header.size();
    if (at == bytes.size()) {  // stored without a database
        db = nullptr;
        return true;
    }
    return hs_deserialize_database(bytes.data() + at, bytes.size() - at, &db) == HS_SUCCESS;
}

void store_cached(const std::filesystem::path& file, const std::string& key, const std::string& header,
                  const hs_database_t* db) {
    char* serialized = nullptr;
    std::size_t length = 0;
    if (db && hs_serialize_database(db, &serialized, &length) != HS_SUCCESS) return;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::filesystem::path temp = file;
    temp += fmt::format(".{}.tmp", static_cast<long>(getpid()));
    {
        std::ofstream out(temp, std::ios::binary);
        std::uint64_t key_size = key.size();
        out.write(reinterpret_cast<const char*>(&key_size), 8);
        out << key << header;
        if (serialized) out.write(serialized, static_cast<std::streamsize>(length));
        if (!out) ec = std::make_error_code(std::errc::io_error);
    }
    std::free(serialized);
    if (!ec) std::filesystem::rename(temp, file, ec);
    if (ec) std::filesystem::remove(temp, ec);
}

std::uint64_t next_generation() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
}

hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t generation) {
    thread_local ThreadScratch scratch;
    if (scratch.valid_for.count(generation)) return scratch.scratch;
    // Grows the one scratch space to serve this database too.
    if (hs_alloc_scratch(db, &scratch.scratch) != HS_SUCCESS) return nullptr;
    scratch.valid_for.insert(generation);
    return scratch.scratch;
}

std::size_t EndsSeen::cap_for(std::size_t text_size) { return std::max<std::size_t>(256, text_size / 256); }

void EndsSeen::add(unsigned long long end, std::size_t cap) {
    if (everywhere || (!ends.empty() && ends.back() == end)) return;
    if (ends.size() >= cap) {
        everywhere = true;
        std::vector<std::uint32_t>().swap(ends);
        return;
    }
    ends.push_back(static_cast<std::uint32_t>(end));
}

std::vector<SearchWindow> EndsSeen::windows(unsigned width) {
    std::sort(ends.begin(), ends.end());
    std::vector<SearchWindow> out;
    for (std::uint32_t e : ends) {
        std::size_t b = e >= width ? e - width : 0;
        if (!out.empty() && b <= out.back().end)
            out.back().end = e;
        else
            out.push_back({b, e});
    }
    return out;
}

}  // namespace gklint::hyperscan
