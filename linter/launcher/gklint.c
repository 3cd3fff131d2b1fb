/* The gklint command. `gklint --version` is answered here; everything else is the
 * command-line program in lib/gklint/libgklint-cli.so, loaded with dlopen. Editors
 * and scripts ask for the version often, and loading the program's libraries (ICU,
 * yaml-cpp, the C++ runtime …) is most of a short run's time on a small machine: this
 * file uses only the C library. GKLINT_MODULE_DIR overrides where the program is. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gklint/plugin.h"

static int program_path(char* out, size_t size) {
    const char* dir = getenv("GKLINT_MODULE_DIR");
    if (dir && *dir) return snprintf(out, size, "%s/libgklint-cli.so", dir) < (int)size ? 0 : -1;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return -1;
    exe[n] = '\0';
    /* <prefix>/bin/gklint → <prefix> */
    for (int up = 0; up < 2; ++up) {
        char* slash = strrchr(exe, '/');
        if (!slash) return -1;
        *slash = '\0';
    }
    return snprintf(out, size, "%s/%s/libgklint-cli.so", exe, GKLINT_MODULE_SUBDIR) < (int)size ? 0 : -1;
}

int main(int argc, char** argv) {
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        printf("gklint %s (plugin ABI %u)\n", GKLINT_VERSION, (unsigned)GKLINT_PLUGIN_ABI_VERSION);
        return 0;
    }
    char path[PATH_MAX + 64];
    if (program_path(path, sizeof path) != 0) {
        fprintf(stderr, "gklint: error: cannot tell where gklint is installed\n");
        return 2;
    }
    void* program = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!program) {
        fprintf(stderr, "gklint: error: cannot load %s: %s\n", path, dlerror());
        return 2;
    }
    int (*run)(int, char**) = (int (*)(int, char**))dlsym(program, "gklint_main");
    if (!run) {
        fprintf(stderr, "gklint: error: %s is not the gklint program (no gklint_main)\n", path);
        return 2;
    }
    return run(argc, argv);
}
