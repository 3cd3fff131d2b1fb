#pragma once
// A zip file held in memory (the container of a .docx), read part by part.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gklint::docx {

class ZipArchive {
public:
    // Throws InputError when `bytes` are not a readable zip file. `bytes` must outlive the archive.
    explicit ZipArchive(std::string_view bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The unpacked bytes of a part (name compared without case), nullopt when there is no such
    // part. Throws InputError when the part unpacks to more than `max_bytes` (counted while
    // unpacking: a zip bomb's header may lie) or cannot be unpacked.
    std::optional<std::string> read(std::string_view name, std::size_t max_bytes) const;

private:
    void* archive_ = nullptr;  // the office module's handle
};

}  // namespace gklint::docx
