// Reading + report model of the formats gklint reads natively: HTML and DOCX in
// MB/s of input, PDF in pages per second (items processed).
#include <benchmark/benchmark.h>

#include <string>

#include "core/document.h"
#include "model/analysis.h"
#include "model/report_template.h"
#include "read/reader.h"
#include "source_files.h"

namespace gklint {
namespace {

const TemplateSet& templates() {
    static const TemplateSet set = load_templates(std::string(GKLINT_SOURCE_DIR) + "/rules/templates");
    return set;
}

ReadOptions options_with_markers() {
    ReadOptions options;
    for (const auto& t : templates().templates)
        for (const auto& s : t.sections) options.body_markers.push_back(s.title);
    options.body_markers.push_back("政府信息公开工作年度报告");
    return options;
}

void BM_ReadAndModel(benchmark::State& state, const char* relative) {
    const std::string bytes = bench::read_source_file(relative);
    const ReadOptions options = options_with_markers();
    std::size_t pages = 0;
    for (auto _ : state) {
        ReadResult read = read_input(relative, bytes, options);
        pages = read.page_starts.size();
        Document doc(relative, bytes, std::move(read));
        Analysis analysis(doc, &templates());
        benchmark::DoNotOptimize(analysis.model().tables.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
    if (pages) state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * pages));
}
BENCHMARK_CAPTURE(BM_ReadAndModel, html_word_export_2020, "tests/fixtures/html/real/2020_pingtan_zhsyq.html")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadAndModel, html_cms_2023, "tests/fixtures/html/real/2023_pingtan_zhsyq.html")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadAndModel, docx_2021, "tests/fixtures/docx/2021_a_qingshi_town.docx")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadAndModel, pdf_huaian_2024, "tests/fixtures/pdf/real/2024_huaian_szf.pdf")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadAndModel, pdf_hongze_2023, "tests/fixtures/pdf/real/2023_hongze_qzf.pdf")
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gklint
