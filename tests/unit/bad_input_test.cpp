// The bad-input table of the readers: every broken file is one clear line on
// standard error naming it and what is wrong, exit status 2, no crash, and the
// other files of the run are still linted.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "support/docx_builder.h"
#include "support/docx_writer.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

// A PDF of `pages` empty pages, written out by hand (objects, xref, trailer).
std::string pdf_with_pages(std::size_t pages) {
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(out.size());
        out += fmt::format("{} 0 obj\n{}\nendobj\n", offsets.size(), body);
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (std::size_t i = 0; i < pages; ++i) kids += fmt::format("{} 0 R ", i + 3);
    object(fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, pages));
    for (std::size_t i = 0; i < pages; ++i) object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    std::size_t xref = out.size();
    out += fmt::format("xref\n0 {}\n0000000000 65535 f \n", offsets.size() + 1);
    for (std::size_t o : offsets) out += fmt::format("{:010} 00000 n \n", o);
    out += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", offsets.size() + 1, xref);
    return out;
}

struct BadInput {
    std::string name;                       // file name in the folder
    std::function<std::string()> bytes;     // its content
    std::string says;                       // part of the one line about it
};

std::vector<BadInput> bad_inputs() {
    const std::string real_pdf = test::read_file(test::source_path("tests/fixtures/pdf/real/2024_huaian_szf.pdf"));
    return {
        {"corrupt.docx", [] { return std::string("PK\x03\x04") + "garbage that is no zip at all"; }, "zip"},
        {"no-document.docx", [] { return test::make_zip({{"[Content_Types].xml", "<Types/>"}}); }, "word/document.xml"},
        {"bomb.docx",
         [] { return test::make_zeros_zip("word/document.xml", 300u << 20); },
         "zip bomb"},
        {"entities.docx",
         [] {
             std::string doctype = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">";
             for (int i = 1; i <= 9; ++i) {
                 std::string value;
                 for (int k = 0; k < 10; ++k) value += fmt::format("&lol{};", i - 1);
                 doctype += fmt::format("<!ENTITY lol{} \"{}\">", i, value);
             }
             doctype += "]>";
             return test::make_zip({{"[Content_Types].xml", "<Types/>"},
                                    {"word/document.xml", doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"}});
         },
         "DTD"},
        {"legacy.doc", [] { return std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1024, '\0'); }, ".docx"},
        {"empty.docx", [] { return std::string(); }, "empty"},
        {"encrypted.pdf", [] { return test::read_file(test::source_path("tests/fixtures/pdf/encrypted.pdf")); }, "encrypted"},
        {"truncated.pdf", [real_pdf] { return real_pdf.substr(0, real_pdf.size() / 3); }, "PDF"},
        {"pages.pdf", [] { return pdf_with_pages(2000); }, "2000 pages"},
        {"not-a-pdf.pdf", [] { return std::string("这是一段文字，不是PDF。\n"); }, "PDF"},
        {"no-report.html",
         [] {
             return std::string("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><nav><a href=\"/\">首页</a>"
                                "<a href=\"/map\">网站地图</a></nav><p>欢迎访问本网站。</p><footer>版权所有</footer></body></html>");
         },
         "no report"},
        {"empty.html", [] { return std::string(); }, "empty"},
    };
}

TEST(BadInputTable, EachBrokenFileIsOneClearLineAndTheOthersAreStillLinted) {
    test::TempTree tree;
    auto inputs = bad_inputs();
    for (const auto& input : inputs) tree.write("reports/" + input.name, input.bytes());
    // A good report in the same folder: still linted (sample 004 has a wrong article number).
    tree.write("reports/good.txt", test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt")));

    auto r = test::run_gklint({"--format", "gcc", tree.path("reports")});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.out.find("good.txt:45:2: error:"), std::string::npos) << r.out;
    std::istringstream lines(r.err);
    std::vector<std::string> err_lines;
    for (std::string line; std::getline(lines, line);) err_lines.push_back(line);
    for (const auto& input : inputs) {
        int mentions = 0;
        for (const auto& line : err_lines) {
            if (line.find("/" + input.name + ":") == std::string::npos) continue;
            ++mentions;
            EXPECT_NE(line.find(input.says), std::string::npos) << input.name << ": " << line;
        }
        EXPECT_EQ(mentions, 1) << input.name << " in:\n" << r.err;
    }
}

TEST(BadInputTable, AFileWhoseExtensionLiesIsReadAsWhatItIs) {
    test::TempTree tree;
    // A Word document named .txt, a PDF named .html: the content decides.
    std::string docx = test::docx_from_text(test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt")));
    tree.write("really-docx.txt", docx);
    auto r = test::run_gklint({"--format", "gcc", tree.path("really-docx.txt")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.out.find("really-docx.txt:45:2: error:"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gklint
