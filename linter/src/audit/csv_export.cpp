#include "audit/csv_export.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace gklint {
namespace {

std::string quoted(const std::string& field) {
    if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::size_t write_query(AuditStore& store, const std::string& path, const std::string& header, const std::string& sql) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw SqliteError("cannot write " + path);
    out << "\xEF\xBB\xBF" << header << "\r\n";
    auto s = store.db().prepare(sql);
    std::size_t rows = 0;
    const int columns = static_cast<int>(std::count(header.begin(), header.end(), ',')) + 1;
    while (s.step()) {
        for (int i = 0; i < columns; ++i) out << (i ? "," : "") << (s.column_is_null(i) ? "" : quoted(s.column_text(i)));
        out << "\r\n";
        ++rows;
    }
    return rows;
}

}  // namespace

std::size_t export_csv(AuditStore& store, const std::string& dir) {
    std::filesystem::create_directories(dir);
    std::size_t rows = 0;
    rows += write_query(store, dir + "/reports.csv",
                        "path,agency,agency_key,level,year,format_version,input_kind,parse_status,title,content_hash",
                        "SELECT path, agency, agency_key, level, year, format_version, input_kind, parse_status, title, "
                        "content_hash FROM reports ORDER BY agency_key, year, path");
    rows += write_query(store, dir + "/findings.csv",
                        "path,rule_id,severity,line,column,place,message,status,fingerprint",
                        "SELECT path, rule_id, severity, line, column, place, message, status, fingerprint "
                        "FROM findings_with_status ORDER BY path, line, column, rule_id");
    rows += write_query(store, dir + "/facts.csv",
                        "path,agency_key,year,table_key,block,row_key,column_key,kind,value,raw,line,column",
                        "SELECT r.path, r.agency_key, r.year, f.table_key, f.block, f.row_key, f.column_key, f.kind, "
                        "f.value, f.raw, f.line, f.column FROM facts f JOIN reports r ON r.id = f.report_id "
                        "ORDER BY r.agency_key, r.year, r.path, f.table_key, f.block, f.row_key, f.column_key");
    return rows;
}

}  // namespace gklint
