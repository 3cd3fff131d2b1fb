// PDF: the text poppler places on each page, rebuilt into lines by position, without
// page furniture, tables as rows of tab-separated cells with grids of their own.
// Conventions: docs/input-formats.md, "PDF".
#include <algorithm>
#include <string>

#include "read/pdf/glyph_lines.h"
#include "read/pdf/pdf_words.h"
#include "read/pdf/running_headers.h"
#include "read/pdf/table_columns.h"
#include "read/reader.h"

namespace gklint {
namespace {

std::vector<pdf::PageLines> page_lines(std::vector<pdf::Page> pages) {
    std::vector<pdf::PageLines> out;
    for (pdf::Page& page : pages) out.push_back({page.height, pdf::lines_of(std::move(page.words))});
    pdf::drop_running_headers(out);
    return out;
}

// Writes the lines into the text, noting where each page starts and each table's cells.
class PdfTextWriter {
public:
    PdfTextWriter(ReadResult& result, std::size_t page_count) : result_(result), page_count_(page_count) {}

    void write(const std::vector<pdf::OutputLine>& lines) {
        for (const pdf::OutputLine& line : lines) {
            start_pages_until(line.page);
            if (line.table != current_table_) finish_table();
            if (line.table != SIZE_MAX && line.table != current_table_) start_table(line.table);
            write_line(line);
        }
        finish_table();
        start_pages_until(page_count_ - 1);
    }

private:
    void start_pages_until(std::size_t page) {
        while (result_.page_starts.size() <= page) result_.page_starts.push_back(result_.text.size());
    }

    void start_table(std::size_t table) {
        current_table_ = table;
        table_begin_ = result_.text.size();
        grid_ = GridBuilder{};
    }

    void finish_table() {
        if (current_table_ == SIZE_MAX) return;
        std::size_t end = result_.text.size();
        if (end > table_begin_) --end;  // the last row's '\n' is not part of the table
        result_.tables.push_back(grid_.finish(TextRange{table_begin_, end}));
        current_table_ = SIZE_MAX;
    }

    void write_line(const pdf::OutputLine& line) {
        std::string& text = result_.text;
        if (line.table != SIZE_MAX) grid_.begin_row();
        for (std::size_t c = 0; c < line.cells.size(); ++c) {
            if (c > 0) text += '\t';
            std::size_t begin = text.size();
            text += line.cells[c];
            if (line.table != SIZE_MAX) grid_.add_cell(TextRange{begin, text.size()});
        }
        text += '\n';
    }

    ReadResult& result_;
    std::size_t page_count_;
    std::size_t current_table_ = SIZE_MAX;
    std::size_t table_begin_ = 0;
    GridBuilder grid_;
};

bool has_text(const std::vector<pdf::Page>& pages) {
    return std::any_of(pages.begin(), pages.end(), [](const pdf::Page& p) { return !p.words.empty(); });
}

void report_no_text_layer(ReadResult& result, std::size_t page_count) {
    result.page_starts.assign(page_count, 0);
    result.findings.push_back(ReaderFinding{
        "input/no-text-layer", Severity::Error, TextRange{0, 0},
        "PDF 没有文字层（可能是扫描件），无法检查其内容；gklint 不支持文字识别（OCR）",
        "the PDF has no text layer (a scanned document?); gklint cannot check it and does not do OCR"});
}

}  // namespace

ReadResult read_pdf(std::string_view bytes, const ReadOptions& options) {
    std::vector<pdf::Page> pages = pdf::load_pages(bytes, options.max_pages);
    ReadResult result;
    result.format = InputFormat::Pdf;
    result.encoding = "PDF";
    result.fix_refusal_zh = "gklint 不修改 PDF 文件：请在原始文档中按建议修改后重新导出";
    result.fix_refusal_en = "gklint does not write PDF files; apply the suggested fix in the source document and export it again";
    std::size_t page_count = pages.size();
    if (!has_text(pages)) {
        report_no_text_layer(result, page_count);
    } else {
        PdfTextWriter(result, page_count).write(pdf::lay_out(page_lines(std::move(pages))));
    }
    result.to_original = SourceMap::shifted(0, result.text.size());
    return result;
}

}  // namespace gklint
