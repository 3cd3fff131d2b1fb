#include "audit/dashboard.h"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "audit/audit_store.h"
#include "model/report_template.h"

namespace gklint {
namespace {

#include "dashboard_page.inc"

using Json = nlohmann::json;

std::string gzip(const std::string& data) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("cannot compress the dashboard data");
    std::string out(deflateBound(&z, data.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&z, Z_FINISH);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("cannot compress the dashboard data");
    out.resize(z.total_out);
    return out;
}

std::string base64(std::string_view in) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                     static_cast<unsigned char>(in[i + 2]);
        out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63], kAlphabet[v & 63]};
    }
    if (i + 1 == in.size()) {
        unsigned v = static_cast<unsigned char>(in[i]) << 16;
        out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63], '='};
    }
    return out;
}

Json labels(const std::vector<TemplateLabel>& list) {
    Json out = Json::array();
    for (const auto& l : list) out.push_back(Json::array({l.key, l.label}));
    return out;
}

// Row and column labels of every table of every format, for drawing the tables.
Json template_json(const TemplateSet& templates) {
    Json out = Json::object();
    for (const auto& t : templates.templates) {
        Json tables = Json::object();
        for (const auto& table : t.tables) {
            Json j{{"rows", labels(table.rows)}, {"columns", labels(table.columns)}, {"groups", table.groups}};
            Json blocks = Json::array();
            for (const auto& b : table.blocks)
                blocks.push_back({{"key", b.key}, {"caption", b.caption}, {"rows", labels(b.rows)},
                                  {"columns", labels(b.columns)}});
            j["blocks"] = std::move(blocks);
            Json groups = Json::array();
            for (const auto& g : table.column_groups) groups.push_back(Json::array({g.key, g.label}));
            j["group_labels"] = std::move(groups);
            tables[table.key] = std::move(j);
        }
        out[t.id] = std::move(tables);
    }
    return out;
}

// Key numbers of every report, for an agency's years side by side.
constexpr std::string_view kKeyCells[][4] = {
    {"requests", "", "new", "total"},
    {"requests", "", "carried_over", "total"},
    {"requests", "", "carried_forward", "total"},
    {"proactive", "item5", "licensing", "decisions"},
    {"proactive", "item6", "penalties", "decisions"},
    {"proactive", "item1", "normative", "valid"},
};

}  // namespace

DashboardSize write_dashboard(AuditStore& store, const TemplateSet& templates, const std::string& language,
                              const std::string& path) {
    SqliteDb& db = store.db();
    Json data{{"lang", language}, {"templates", template_json(templates)}};
    {
        auto run = db.prepare("SELECT started, finished, gklint_version, status FROM runs ORDER BY id DESC LIMIT 1");
        if (run.step())
            data["run"] = {{"started", run.column_text(0)}, {"finished", run.column_text(1)},
                           {"version", run.column_text(2)}, {"status", run.column_text(3)}};
    }
    // Reports, in path order; findings and facts refer to them by index.
    std::map<std::int64_t, std::size_t> index;
    Json reports = Json::array();
    auto r = db.prepare(
        "SELECT r.id, r.path, r.agency, r.agency_key, r.year, r.format_version, r.input_kind, r.parse_status, r.title, "
        "(SELECT COUNT(*) FROM findings_with_status f WHERE f.report_id = r.id AND f.severity = 'error' AND f.status <> 'dismissed'), "
        "(SELECT COUNT(*) FROM findings_with_status f WHERE f.report_id = r.id AND f.severity = 'warning' AND f.status <> 'dismissed'), "
        "(SELECT COUNT(*) FROM findings_with_status f WHERE f.report_id = r.id AND f.severity = 'info' AND f.status <> 'dismissed') "
        "FROM reports r ORDER BY r.path");
    while (r.step()) {
        index[r.column_int(0)] = reports.size();
        Json year = r.column_is_null(4) ? Json(nullptr) : Json(r.column_int(4));
        reports.push_back(Json::array({r.column_text(1), r.column_text(2), r.column_text(3), year, r.column_text(5),
                                       r.column_text(6), r.column_text(7), r.column_text(8), r.column_int(9),
                                       r.column_int(10), r.column_int(11)}));
    }
    data["reports"] = std::move(reports);

    std::map<std::string, std::size_t> rule_index;
    Json rules = Json::array();
    Json findings = Json::array();
    auto f = db.prepare(
        "SELECT f.id, f.report_id, f.rule_id, f.severity, f.line, f.column, f.end_line, f.end_column, f.message, "
        "f.excerpt, f.mark_begin, f.phase, f.related_path, f.related_line, f.place, f.status, f.mark_length "
        "FROM findings_with_status f ORDER BY f.report_id, f.line, f.column");
    while (f.step()) {
        std::string rule = f.column_text(2);
        auto [it, added] = rule_index.emplace(rule, rule_index.size());
        if (added) rules.push_back(rule);
        std::string severity = f.column_text(3);
        int sev = severity == "error" ? 2 : severity == "warning" ? 1 : 0;
        std::int64_t report = f.column_int(1);
        std::string status = f.column_text(15);
        findings.push_back(Json::array({index.at(report), it->second, sev, f.column_int(4), f.column_int(5),
                                        f.column_int(6), f.column_int(7), f.column_text(8), f.column_text(9),
                                        f.column_int(10), f.column_text(11) == "cross-year" ? 1 : 0,
                                        f.column_int(16),
                                        f.column_is_null(12) ? Json(nullptr) : Json(f.column_text(12)),
                                        f.column_is_null(13) ? Json(nullptr) : Json(f.column_int(13)),
                                        f.column_text(14), status == "open" ? 0 : status == "confirmed" ? 1 : 2}));
    }
    data["rules"] = std::move(rules);
    data["findings"] = std::move(findings);

    // Every cell of the reports with a table or cross-year finding (to draw them with
    // the failing cells marked); the key numbers of every report.
    Json facts = Json::object();
    std::vector<std::int64_t> drawn;
    {
        // Reports with a failing cell: an error, or a cross-year relation, at a cell.
        auto failing = db.prepare(
            "SELECT DISTINCT f.report_id FROM findings_with_status f JOIN facts c ON c.report_id = f.report_id "
            "AND c.line = f.line AND c.column = f.column WHERE f.status <> 'dismissed' "
            "AND (f.severity = 'error' OR (f.rule_id LIKE 'cross-year/%' AND f.severity = 'warning'))");
        while (failing.step()) drawn.push_back(failing.column_int(0));
    }
    auto cells = db.prepare(
        "SELECT table_key, block, row_key, column_key, value, kind, line, column FROM facts WHERE report_id = ?1");
    for (std::int64_t report : drawn) {
        auto at = index.find(report);
        if (at == index.end()) continue;
        Json rows = Json::array();
        cells.reset();
        cells.bind(1, report);
        while (cells.step())
            rows.push_back(Json::array({cells.column_text(0), cells.column_text(1), cells.column_text(2),
                                        cells.column_text(3), cells.column_is_null(4) ? Json(nullptr) : Json(cells.column_double(4)),
                                        cells.column_text(5), cells.column_int(6), cells.column_int(7)}));
        facts[std::to_string(at->second)] = std::move(rows);
    }
    data["facts"] = std::move(facts);
    Json key_names = Json::array();
    for (const auto& k : kKeyCells) key_names.push_back(Json::array({k[0], k[1], k[2], k[3]}));
    data["key_cells"] = std::move(key_names);
    Json keys = Json::object();
    std::string which;
    for (const auto& k : kKeyCells)
        which += fmt::format("{}(table_key = '{}' AND block = '{}' AND row_key = '{}' AND column_key = '{}')",
                             which.empty() ? "" : " OR ", k[0], k[1], k[2], k[3]);
    auto key = db.prepare("SELECT report_id, table_key, block, row_key, column_key, value FROM facts "
                          "WHERE kind IN ('number', 'blank') AND (" + which + ")");
    while (key.step()) {
        auto it = index.find(key.column_int(0));
        if (it == index.end()) continue;
        for (std::size_t k = 0; k < std::size(kKeyCells); ++k)
            if (kKeyCells[k][0] == key.column_text(1) && kKeyCells[k][1] == key.column_text(2) &&
                kKeyCells[k][2] == key.column_text(3) && kKeyCells[k][3] == key.column_text(4)) {
                Json& row = keys[std::to_string(it->second)];
                if (row.is_null()) row = Json::array({nullptr, nullptr, nullptr, nullptr, nullptr, nullptr});
                row[k] = key.column_double(5);
            }
    }
    data["keys"] = std::move(keys);

    std::string json = data.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::string packed = base64(gzip(json));
    std::string page(kDashboard_page_html);
    auto put = [&](std::string_view marker, std::string_view value) {
        auto at = page.find(marker);
        if (at == std::string::npos) throw std::runtime_error("dashboard page template without " + std::string(marker));
        page.replace(at, marker.size(), value);
    };
    put("/*GKLINT_CSS*/", kDashboard_page_css);
    put("/*GKLINT_JS*/", kDashboard_page_js);
    put("GKLINT_LANG", language);
    put("GKLINT_DATA", packed);

    std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << page;
        if (!out) throw std::runtime_error("cannot write " + tmp);
    }
    std::filesystem::rename(tmp, path);
    return {page.size(), json.size(), packed.size()};
}

}  // namespace gklint
