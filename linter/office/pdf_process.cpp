// Runs gklint-pdf-words, next to this module, on a PDF and reads its answer.
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "office_parts.h"
#include "page_wire.h"
#include "text/decoder.h"

extern char** environ;

namespace gklint::office {
namespace {

std::string helper_path() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&helper_path), &info) == 0 || !info.dli_fname)
        throw InputError("cannot tell where the PDF reader (gklint-pdf-words) is", 0);
    return (std::filesystem::path(info.dli_fname).parent_path() / "gklint-pdf-words").string();
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) close(fd);
    }
};

// The PDF as the helper's standard input: an anonymous file, so that neither side waits
// on a full pipe while the other writes.
int input_file(std::string_view bytes) {
    int fd = memfd_create("gklint-pdf", MFD_CLOEXEC);
    if (fd < 0) throw InputError(fmt::format("cannot hand the PDF to its reader: {}", std::strerror(errno)), 0);
    for (std::size_t done = 0; done < bytes.size();) {
        ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            close(fd);
            throw InputError(fmt::format("cannot hand the PDF to its reader: {}", std::strerror(errno)), 0);
        }
        done += static_cast<std::size_t>(n);
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

}  // namespace

std::vector<pdf::Page> load_pdf_pages_apart(std::string_view bytes, std::size_t max_pages) {
    const std::string helper = helper_path();
    Fd in{input_file(bytes)};
    int out_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) throw InputError("cannot start the PDF reader (pipe)", 0);
    Fd out_read{out_pipe[0]}, out_write{out_pipe[1]};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out_write.fd, STDOUT_FILENO);
    // Everything the helper has to say is in its answer or its exit status; what a crash
    // prints (a sanitizer's report in a test build) is not for gklint's user.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string pages_arg = std::to_string(max_pages);
    char* argv[] = {const_cast<char*>(helper.c_str()), pages_arg.data(), nullptr};
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw InputError(fmt::format("cannot start the PDF reader {}: {}", helper, std::strerror(spawned)), 0);
    close(out_write.fd);
    out_write.fd = -1;

    std::string answer;
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = read(out_read.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        answer.append(buffer, static_cast<std::size_t>(n));
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        throw InputError(fmt::format("the PDF is corrupt: the PDF reader (poppler) crashed on it ({})",
                                     strsignal(WTERMSIG(status))),
                         0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw InputError(fmt::format("the PDF reader failed (exit {})", WIFEXITED(status) ? WEXITSTATUS(status) : -1), 0);
    return decode_pages(answer);
}

}  // namespace gklint::office
