#include "fix/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

namespace gklint {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
    throw std::runtime_error(fmt::format("{}: {}", what, std::strerror(error)));
}

// Removes the temporary file unless it was renamed into place.
class TempFile {
public:
    explicit TempFile(std::string pattern) : name_(pattern.begin(), pattern.end()) {
        name_.push_back('\0');
        fd_ = mkstemp(name_.data());
        if (fd_ < 0) fail("cannot create a temporary file next to it", errno);
    }
    ~TempFile() {
        if (fd_ >= 0) close(fd_);
        if (!kept_) unlink(name_.data());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const char* name() const { return name_.data(); }
    void close_file() {
        int fd = fd_;
        fd_ = -1;
        if (close(fd) != 0) fail("cannot write the temporary file", errno);
    }
    void keep() { kept_ = true; }

private:
    std::vector<char> name_;
    int fd_ = -1;
    bool kept_ = false;
};

void write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write the temporary file", errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target = fs::is_symlink(path, ec) ? fs::canonical(path, ec) : fs::path(path);
    if (ec) throw std::runtime_error(fmt::format("cannot resolve the link: {}", ec.message()));

    struct stat before {};
    if (stat(target.c_str(), &before) != 0) fail("cannot stat the file", errno);
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    TempFile temp((dir / ("." + target.filename().string() + ".gklint-XXXXXX")).string());

    write_all(temp.fd(), bytes);
    if (fchmod(temp.fd(), before.st_mode & 07777) != 0) fail("cannot set the permissions", errno);
    if (fchown(temp.fd(), before.st_uid, before.st_gid) != 0) {
        // Only the owner's id may fail to carry over (not root); the group too, then.
    }
    if (fsync(temp.fd()) != 0) fail("cannot write the temporary file", errno);
    temp.close_file();
    if (rename(temp.name(), target.c_str()) != 0) fail("cannot replace the file", errno);
    temp.keep();
}

}  // namespace gklint
