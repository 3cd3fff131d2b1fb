#pragma once
// The concrete output formats behind make_formatter.
#include <memory>

#include "output/formatter.h"

namespace gklint {

std::unique_ptr<Formatter> make_human_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_gcc_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_json_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_jsonl_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_sarif_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_rdjson_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_rdjsonl_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_checkstyle_formatter(const OutputOptions& options);
std::unique_ptr<Formatter> make_junit_formatter(const OutputOptions& options);

}  // namespace gklint
