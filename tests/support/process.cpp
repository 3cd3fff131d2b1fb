#include "support/process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/test_paths.h"

extern char** environ;

namespace gklint::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

namespace {

// A private directory holding the child's stdin, stdout and stderr files.
struct ScratchDir {
    std::string path;
    ScratchDir() {
        char name[] = "/tmp/gklint-test-XXXXXX";
        if (!mkdtemp(name)) throw std::runtime_error("mkdtemp failed");
        path = name;
    }
    ~ScratchDir() {
        for (const char* f : {"/in", "/out", "/err"}) unlink((path + f).c_str());
        rmdir(path.c_str());
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
};

}  // namespace

ProcessResult run_gklint(const std::vector<std::string>& args, const std::string& input,
                         const std::vector<std::string>& env, const std::string& cwd) {
    ScratchDir scratch;
    const std::string in_path = scratch.path + "/in", out_path = scratch.path + "/out",
                      err_path = scratch.path + "/err";
    std::ofstream(in_path, std::ios::binary) << input;

    std::vector<std::string> argv_store{gklint_binary()};
    argv_store.insert(argv_store.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_store) argv.push_back(a.data());
    argv.push_back(nullptr);

    auto overridden = [&env](const char* entry) {  // an entry of `env` replaces the inherited one
        for (const auto& given : env) {
            std::size_t name = given.find('=');
            if (std::strncmp(entry, given.c_str(), name + 1) == 0) return true;
        }
        return false;
    };
    std::vector<std::string> env_store;
    for (char** e = environ; *e; ++e) {
        if (std::strncmp(*e, "NO_COLOR=", 9) == 0 || std::strncmp(*e, "GKLINT_", 7) == 0 || overridden(*e)) continue;
        env_store.emplace_back(*e);
    }
    env_store.insert(env_store.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& e : env_store) envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    pid_t pid = 0;
    int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv_store[0]);
    int status = 0;
    waitpid(pid, &status, 0);

    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}  // namespace gklint::test
