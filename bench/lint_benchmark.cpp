// Micro-benchmarks of the engine: decoding (UTF-8 and GB18030 copies of sample 004)
// and linting one report (decode + every built-in rule) for each bundled sample.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/builtin_rules.h"
#include "source_files.h"
#include "app/data_paths.h"
#include "core/document.h"
#include "core/runner.h"
#include "model/analysis.h"
#include "plugin_host/plugin_loader.h"

namespace gklint {
namespace {

const char* const kSamples[] = {
    "examples/000_35cae2b5b7ef7ad3.txt", "examples/001_6997cc47fc5df21f.txt", "examples/002_de76e490e607cf78.txt",
    "examples/003_f29079d135fdfab1.txt", "examples/004_dc050822b7b0f109.txt",
};

using bench::read_source_file;

// The built-in rules, found next to this binary like gklint finds them.
struct BuiltinRules {
    PluginLoader loader;
    RuleRegistry registry;
    std::vector<EnabledRule> enabled;

    BuiltinRules() {
        load_builtin_rules(locate_data_paths(), registry, loader);
        for (const Rule* rule : registry.all())
            enabled.push_back({rule, rule->meta().default_severity, default_options(rule->meta().options)});
    }
};

const BuiltinRules& builtin_rules() {
    static const BuiltinRules rules;
    return rules;
}

void BM_Decode(benchmark::State& state, const char* relative) {
    const std::string bytes = read_source_file(relative);
    for (auto _ : state) {
        DecodedText decoded = decode(bytes);
        benchmark::DoNotOptimize(decoded.text.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK_CAPTURE(BM_Decode, utf8, "examples/004_dc050822b7b0f109.txt");
BENCHMARK_CAPTURE(BM_Decode, gb18030, "tests/fixtures/encodings/004.gb18030.txt");

// Decode + normalise + report model (sections and the three tables), per report.
void BM_ParseModel(benchmark::State& state, const char* relative) {
    const std::string bytes = read_source_file(relative);
    static const TemplateSet templates = load_templates(std::string(GKLINT_SOURCE_DIR) + "/rules/templates");
    for (auto _ : state) {
        Document doc(relative, bytes);
        Analysis analysis(doc, &templates);
        benchmark::DoNotOptimize(analysis.model().tables.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK_CAPTURE(BM_ParseModel, sample004_simplified, "examples/004_dc050822b7b0f109.txt");
BENCHMARK_CAPTURE(BM_ParseModel, sample001_traditional, "examples/001_6997cc47fc5df21f.txt");
BENCHMARK_CAPTURE(BM_ParseModel, huaian_pdf_text, "tests/fixtures/real/2024_huaian_szf.txt");
BENCHMARK_CAPTURE(BM_ParseModel, pingtan_run_together, "tests/fixtures/real/2022_pingtan_zhsyq.txt");

void BM_LintOneReport(benchmark::State& state) {
    const char* sample = kSamples[state.range(0)];
    const std::string bytes = read_source_file(sample);
    const BuiltinRules& rules = builtin_rules();
    std::size_t findings = 0;
    for (auto _ : state) {
        Document doc(sample, bytes);
        auto diagnostics = run_rules(doc, rules.enabled, Language::Zh);
        findings = diagnostics.size();
        benchmark::DoNotOptimize(diagnostics.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
    state.SetLabel(std::string(sample).substr(9, 3) + ": " + std::to_string(rules.enabled.size()) + " rules, " +
                   std::to_string(findings) + " findings");
}
BENCHMARK(BM_LintOneReport)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace gklint

BENCHMARK_MAIN();
