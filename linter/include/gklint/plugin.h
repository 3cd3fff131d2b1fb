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

/* ---- The report model (read-only), ABI 1 additions --------------------------
 * Out-structs are written up to the struct_size the plugin set in them, so a
 * plugin built against an older, smaller struct keeps working. Strings stay
 * valid until the check returns. Ranges are in document text offsets. Getters
 * return 1 on success, 0 for an index out of range or a too small struct. */

typedef enum gklint_cell_kind {
    GKLINT_CELL_NUMBER = 0,
    GKLINT_CELL_BLANK = 1,
    GKLINT_CELL_PLACEHOLDER = 2, /* "/", "-", "—", "无" */
    GKLINT_CELL_TEXT = 3,
    GKLINT_CELL_MISSING = 4      /* the template has a column the row has no value for */
} gklint_cell_kind;

typedef enum gklint_label_kind {
    GKLINT_LABEL_CAPTION = 0, /* table 二 block captions (第二十条第（N）项) */
    GKLINT_LABEL_ROW = 1,
    GKLINT_LABEL_COLUMN = 2
} gklint_label_kind;

typedef struct gklint_report_info {
    uint32_t struct_size;
    gklint_str format;        /* "2019", "2021" or "" */
    int format_mixed;         /* labels of both formats occur */
    int year;                 /* report year from the title or period, 0 when unknown */
    int traditional;          /* written in Traditional script (normalised for matching) */
    size_t pinyin_annotations;
    int has_title;
    gklint_range title;
    gklint_str title_agency;
    int part_count;           /* "由…N个部分组成", "共分6个部分", "…等六部分"; 0 when not stated */
    gklint_range part_count_range;
    int has_period;
    gklint_range period;      /* the statistics period statement */
    gklint_str period_start;  /* "2020-01-01" or "" */
    gklint_str period_end;
    int has_signature_date;
    gklint_range signature_date;
    int signature_year, signature_month, signature_day;
    gklint_str signature_agency;
    gklint_range signature_agency_range;
    /* Appended (ABI 1): the format the templates assign to `year` ("2019",
     * "2021"), "" when the year is unknown or no format covers it. */
    gklint_str expected_format;
} gklint_report_info;

/* A label only one format has (a template's `signatures`) that the report
 * contains: the evidence behind `format` and `format_mixed`. */
typedef struct gklint_format_evidence {
    uint32_t struct_size;
    gklint_str format;        /* the template it belongs to: "2019", "2021" */
    gklint_str label;         /* the template's wording (the report may break it over lines) */
} gklint_format_evidence;

typedef struct gklint_section_info {
    uint32_t struct_size;
    gklint_str key;           /* overview, proactive, requests, appeals, problems, other */
    int number;               /* 1..6 in template order */
    int present;
    gklint_range heading;     /* the heading as written (empty when absent) */
    gklint_str heading_text;
    gklint_str heading_title; /* after the numbering */
    int heading_number;       /* the numeral written (may differ from `number`) */
    gklint_range body;
    size_t subheading_count;
    /* Appended (ABI 1): not present, but its heading stands out of the format's order
     * ("六、…" before "五、…"); the model does not place the part there. */
    int misplaced;
    gklint_range misplaced_heading;
} gklint_section_info;

typedef struct gklint_heading_info {
    uint32_t struct_size;
    int level;                /* 2 （一）, 3 1. / 1、, 4 （1） */
    int style;                /* 1 一、 2 （一） 3 1. 4 1、 5 （1） 6 第一部分 */
    int number;
    gklint_range range;
    gklint_range numbering;
    gklint_str text;
} gklint_heading_info;

typedef struct gklint_paragraph_info {
    uint32_t struct_size;
    gklint_range range;
    int section;              /* index of its section, -1 before the first */
    size_t sentence_count;
} gklint_paragraph_info;

typedef struct gklint_number_info {
    uint32_t struct_size;
    gklint_range range;       /* with its unit */
    gklint_range value_range; /* the numeral only */
    double value;
    int kind;                 /* 0 Arabic, 1 full-width, 2 Chinese, 3 decimal, 4 percent */
    gklint_str unit;          /* "条", "件", "万元", "%", "年" … or "" */
    gklint_str role;          /* "count", "ordinal", "numbering", "date" */
} gklint_number_info;

typedef struct gklint_enumeration_info {
    uint32_t struct_size;
    gklint_range range;
    gklint_str style;         /* "一是", "1.", "（1）" */
    size_t item_count;
    int announced;            /* "以下四方面" → 4; -1 when nothing announced a count */
    gklint_range announcement;
} gklint_enumeration_info;

typedef struct gklint_item_info {
    uint32_t struct_size;
    gklint_range range;
    gklint_range marker;
    int number;
} gklint_item_info;

typedef struct gklint_table_info {
    uint32_t struct_size;
    gklint_str key;           /* proactive, requests, appeals */
    gklint_str title;         /* as messages name it, in the context's language */
    int present;
    int parsed;               /* every template row located, no problem */
    gklint_str layout;
    gklint_range range;
    size_t cell_count, caption_count, row_count, column_count, problem_count;
} gklint_table_info;

typedef struct gklint_cell_info {
    uint32_t struct_size;
    gklint_str block;         /* table 二 block key, "" elsewhere */
    gklint_str row;           /* template row key */
    gklint_str column;        /* template column key, "" for a value beyond the template's columns */
    gklint_str row_label;     /* as written */
    int kind;                 /* gklint_cell_kind */
    int has_value;            /* a number, or a blank cell (read as 0: a zero left empty) */
    double value;
    gklint_str raw;
    gklint_str unit;
    gklint_range range;
    int inferred_split;       /* separated from run-together digits by the table's relations */
} gklint_cell_info;

typedef struct gklint_label_info {
    uint32_t struct_size;
    gklint_str key;
    gklint_str expected;      /* the template's wording */
    gklint_str written;       /* as written */
    gklint_range range;
    int found;
    int exact;                /* equal to the template label or an accepted variant */
} gklint_label_info;

typedef struct gklint_problem_info {
    uint32_t struct_size;
    gklint_range range;
    gklint_str message;       /* in the context's language */
} gklint_problem_info;

/* A year, month or day of a statistics period as written ("2020", "二〇二〇"). */
typedef struct gklint_date_part {
    int present;              /* 0 when the statement leaves it out ("至12月31日" has no end year) */
    int value;
    gklint_range range;
} gklint_date_part;

/* A statement of the period the report's figures cover (appended in ABI 1). */
typedef struct gklint_period_info {
    uint32_t struct_size;
    gklint_range range;       /* the dates as written */
    int kind;                 /* 0 a range (1月1日至12月31日), 1 a whole year (2020年度), 2 a cut-off (截至…) */
    gklint_date_part start_year, start_month, start_day;
    gklint_date_part end_year, end_month, end_day;
} gklint_period_info;

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

    /* The report model, built on first use (see the structs above). */
    int (*report_info)(const gklint_check_context* ctx, gklint_report_info* out);
    size_t (*section_count)(const gklint_check_context* ctx);
    int (*section)(const gklint_check_context* ctx, size_t index, gklint_section_info* out);
    int (*subheading)(const gklint_check_context* ctx, size_t section, size_t index, gklint_heading_info* out);
    size_t (*paragraph_count)(const gklint_check_context* ctx);
    int (*paragraph)(const gklint_check_context* ctx, size_t index, gklint_paragraph_info* out);
    int (*sentence)(const gklint_check_context* ctx, size_t paragraph, size_t index, gklint_range* out);
    size_t (*number_count)(const gklint_check_context* ctx);
    int (*number)(const gklint_check_context* ctx, size_t index, gklint_number_info* out);
    size_t (*enumeration_count)(const gklint_check_context* ctx);
    int (*enumeration)(const gklint_check_context* ctx, size_t index, gklint_enumeration_info* out);
    int (*enumeration_item)(const gklint_check_context* ctx, size_t enumeration, size_t index,
                            gklint_item_info* out);
    size_t (*table_count)(const gklint_check_context* ctx);
    int (*table)(const gklint_check_context* ctx, size_t index, gklint_table_info* out);
    int (*table_cell)(const gklint_check_context* ctx, size_t table, size_t index, gklint_cell_info* out);
    int (*table_label)(const gklint_check_context* ctx, size_t table, gklint_label_kind kind, size_t index,
                       gklint_label_info* out);
    int (*table_problem)(const gklint_check_context* ctx, size_t table, size_t index, gklint_problem_info* out);
    /* The normalised text (Simplified, pinyin removed) and its map back. */
    gklint_str (*normalized_text)(const gklint_check_context* ctx);
    size_t (*normalized_to_document)(const gklint_check_context* ctx, size_t normalized_offset);
    /* The same for the end of a range: text removed right after it (pinyin) stays outside. */
    size_t (*normalized_end_to_document)(const gklint_check_context* ctx, size_t normalized_end);
    /* Appended (ABI 1): the format signature labels found in the report. */
    size_t (*format_evidence_count)(const gklint_check_context* ctx);
    int (*format_evidence)(const gklint_check_context* ctx, size_t index, gklint_format_evidence* out);
    /* Appended (ABI 1): every statement of the statistics period, in text order. */
    size_t (*period_count)(const gklint_check_context* ctx);
    int (*period)(const gklint_check_context* ctx, size_t index, gklint_period_info* out);
    /* Appended (ABI 1): last year's report of the same agency, when the host has it
     * (an audit pairs the reports of an agency; a lint takes --previous FILE), else
     * NULL. Every getter above reads it like the report being checked; `report` on
     * it is refused (returns 0). Valid until the check returns. */
    gklint_check_context* (*previous_report)(const gklint_check_context* ctx);
    /* Appended (ABI 1): a value a plugin computes once per document and shares between
     * its rules (its own view of the report). The first call for `key` on a document
     * returns build(ctx, user) and keeps it; later calls with the same key and `release`,
     * from any rule run on that document, return the kept value without building.
     * release(value) is called when the host is done with the document (not for NULL).
     * The value must not keep `ctx` (it ends with the building rule's check); it may keep
     * the document's strings, which live as long as the document. Builds of one document
     * never run concurrently. An older host has no such field: build per rule. */
    void* (*document_value)(gklint_check_context* ctx, const char* key,
                            void* (*build)(gklint_check_context* ctx, void* user), void* user,
                            void (*release)(void* value));

    /* The host's pattern scan (optional: an older host has no such fields). A plugin that
     * searches a text with an ICU regular expression may ask the host where in the text
     * matches can lie, and run ICU only there: the host scans for many patterns at once,
     * far faster than ICU tries every position. Findings stay ICU's.
     * pattern_register: an ICU pattern (UTF-8, compiled without flags); returns a handle,
     * or 0 when the host cannot scan for it (the plugin then searches everywhere).
     * Thread-safe; a plugin registers each pattern once, at its first use.
     * pattern_windows: calls window(user, begin, end) for each place in `text` (any valid
     * UTF-8; byte offsets in it) where a match may lie — it starts in [begin, end] and ends
     * by `end`; windows come sorted and disjoint — and returns 1; or returns 0 when the host
     * cannot tell (search everywhere). No window: no match in the text. Look-behinds and
     * anchors may need the text around a window: search it with the whole text visible
     * (ICU: region with transparent, non-anchoring bounds). */
    uint32_t (*pattern_register)(const char* icu_pattern, size_t length);
    int (*pattern_windows)(uint32_t handle, const char* text, size_t length,
                           void (*window)(void* user, size_t begin, size_t end), void* user);
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
