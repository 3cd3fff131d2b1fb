/*
 * gklint plugin C ABI.
 *
 * A plugin is a shared library exporting one symbol, GKLINT_PLUGIN_ENTRY_SYMBOL
 * ("gklint_plugin_entry"), of type gklint_plugin_entry_fn. The host calls it once
 * with its own ABI version; the plugin returns a pointer to a static
 * gklint_plugin descriptor (or NULL to refuse the host).
 *
 * Compatibility rules
 *  - GKLINT_PLUGIN_ABI_VERSION changes only on an incompatible change. The host
 *    refuses a plugin whose abi_version differs from its own.
 *  - Every struct starts with a `struct_size` field. New fields are only ever
 *    appended. A reader checks `struct_size` before touching a field that may be
 *    newer than the writer (see GKLINT_HAS_FIELD). Arrays of such structs
 *    (rules, options, notes) are read with their first element's struct_size
 *    as the stride.
 *  - All text is UTF-8. All ranges are byte offsets into the document text the
 *    host hands out (the decoded UTF-8 text, see gklint_host_api.document_text);
 *    the host maps them back to the original file bytes.
 *  - Strings passed to the host are copied before the call returns.
 *  - `check` may be called concurrently on different documents: it must not
 *    keep mutable global state.
 */
#ifndef GKLINT_PLUGIN_H
#define GKLINT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GKLINT_PLUGIN_ABI_VERSION 1u
#define GKLINT_PLUGIN_ENTRY_SYMBOL "gklint_plugin_entry"

#if defined(_WIN32)
#define GKLINT_PLUGIN_EXPORT __declspec(dllexport)
#else
#define GKLINT_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/* True when a struct written with size `s->struct_size` contains `field`. */
#define GKLINT_HAS_FIELD(s, type, field) \
    ((s)->struct_size >= offsetof(type, field) + sizeof(((type*)0)->field))

typedef enum gklint_severity {
    GKLINT_SEVERITY_INFO = 0,
    GKLINT_SEVERITY_WARNING = 1,
    GKLINT_SEVERITY_ERROR = 2
} gklint_severity;

typedef enum gklint_option_type {
    GKLINT_OPTION_STRING = 0,
    GKLINT_OPTION_INTEGER = 1,
    GKLINT_OPTION_NUMBER = 2,
    GKLINT_OPTION_BOOLEAN = 3,
    GKLINT_OPTION_STRING_LIST = 4
} gklint_option_type;

/* A UTF-8 string that is not necessarily NUL-terminated. */
typedef struct gklint_str {
    const char* data;
    size_t size;
} gklint_str;

/* Half-open byte range [begin, end) in the document text. */
typedef struct gklint_range {
    size_t begin;
    size_t end;
} gklint_range;

typedef struct gklint_note {
    uint32_t struct_size;
    gklint_range range;
    const char* message;
} gklint_note;

typedef struct gklint_fix {
    uint32_t struct_size;
    gklint_range range;
    const char* replacement;
    int safe; /* non-zero: safe to apply automatically; zero: a suggestion */
} gklint_fix;

typedef struct gklint_diagnostic {
    uint32_t struct_size;
    gklint_range range;
    const char* message;
    const gklint_note* notes;
    size_t note_count;
    const gklint_fix* fix; /* NULL when there is none */
} gklint_diagnostic;

/* Opaque per-check context handed to `check`. */
typedef struct gklint_check_context gklint_check_context;

/* What the host offers a running check. */
typedef struct gklint_host_api {
    uint32_t struct_size;
    uint32_t abi_version;

    /* The document. Line numbers are 0-based; a line range excludes its
     * terminator. */
    gklint_str (*document_text)(const gklint_check_context* ctx);
    gklint_str (*document_path)(const gklint_check_context* ctx);
    size_t (*line_count)(const gklint_check_context* ctx);
    gklint_range (*line_range)(const gklint_check_context* ctx, size_t line);

    /* "zh" or "en": the language messages should be written in. */
    const char* (*language)(const gklint_check_context* ctx);

    /* Options of the running rule, already validated against its
     * declaration (declared defaults applied). Return 1 when found. */
    int (*option_string)(const gklint_check_context* ctx, const char* name, gklint_str* out);
    int (*option_integer)(const gklint_check_context* ctx, const char* name, int64_t* out);
    int (*option_number)(const gklint_check_context* ctx, const char* name, double* out);
    int (*option_boolean)(const gklint_check_context* ctx, const char* name, int* out);
    size_t (*option_list_size)(const gklint_check_context* ctx, const char* name);
    int (*option_list_item)(const gklint_check_context* ctx, const char* name, size_t index,
                            gklint_str* out);

    /* Reports one diagnostic for the running rule. Returns 0 when the
     * diagnostic was rejected (range outside the text, struct too small). */
    int (*report)(gklint_check_context* ctx, const gklint_diagnostic* diagnostic);
} gklint_host_api;

typedef struct gklint_option_decl {
    uint32_t struct_size;
    const char* name;
    gklint_option_type type;
    /* The default as YAML text ("auto", "3", "true", "[a, b]"), or NULL. */
    const char* default_value;
    const char* description;
    /* For GKLINT_OPTION_STRING: NULL-terminated list of accepted values, or
     * NULL for any string. */
    const char* const* allowed_values;
} gklint_option_decl;

typedef void (*gklint_check_fn)(const gklint_host_api* host, gklint_check_context* ctx,
                                void* user_data);

typedef struct gklint_rule_decl {
    uint32_t struct_size;
    const char* id; /* "category/kebab-name" */
    gklint_severity default_severity;
    const char* summary_zh;
    const char* summary_en;
    int fixable;
    const gklint_option_decl* options;
    size_t option_count;
    gklint_check_fn check;
    void* user_data;
} gklint_rule_decl;

typedef struct gklint_plugin {
    uint32_t struct_size;
    uint32_t abi_version; /* must equal the host's GKLINT_PLUGIN_ABI_VERSION */
    const char* name;
    const char* version;
    const gklint_rule_decl* rules;
    size_t rule_count;
} gklint_plugin;

typedef const gklint_plugin* (*gklint_plugin_entry_fn)(uint32_t host_abi_version);

#ifdef __cplusplus
}
#endif

#endif /* GKLINT_PLUGIN_H */
