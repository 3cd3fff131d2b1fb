-- Acceptance test of `gklint lsp` in a real editor: neovim 0.7 (Debian 12) headless.
-- Run by tests/scripts/lsp_nvim.sh, which sets:
--   GKLINT_BIN        the gklint binary
--   GKLINT_REPORT     a report (text or HTML) with the table 二 caption "第二十六条第（六）项" (should be 第二十条)
--   GKLINT_LINE       the 0-based line of that caption in the file
--   GKLINT_LEAD       what stands before 第二十六条 on that line ("\t𠀀😀" in text, "<p>𠀀😀" in HTML)
--   GKLINT_EDIT_AT    the byte column where the test inserts text before the caption (1, or 3 after "<p>")
--   GKLINT_OFFER      what the client offers: "none" (utf-16 by default), "utf-32" (general.positionEncodings
--                     and clangd's offsetEncoding) or "utf-8-clangd" (offsetEncoding only)
--   GKLINT_EXPECT     the encoding the server must choose: utf-16, utf-32 or utf-8
-- Exits 0 when every check passes, 1 otherwise (messages on stderr).
local bin = os.getenv('GKLINT_BIN')
local report = os.getenv('GKLINT_REPORT')
local offer = os.getenv('GKLINT_OFFER')
local expect = os.getenv('GKLINT_EXPECT')

local DEFECT_LINE = tonumber(os.getenv('GKLINT_LINE')) -- 0-based
local LEAD = os.getenv('GKLINT_LEAD')
local EDIT_AT = tonumber(os.getenv('GKLINT_EDIT_AT'))
-- Where "第二十六条" starts on that line, in each encoding (𠀀 and 😀 before it are astral).
local lead32, lead16 = vim.str_utfindex(LEAD)
local START = { ['utf-8'] = #LEAD, ['utf-16'] = lead16, ['utf-32'] = lead32 }
local BYTE_START = START['utf-8']

local function say(...) io.stderr:write(table.concat({ ... }, ' ') .. '\n') end
local failed = false
local function check(ok, what)
  if not ok then
    failed = true
    say('FAIL [' .. expect .. ']:', what)
  end
  return ok
end

local published = {} -- every publishDiagnostics as the server sent it, in order
local exit_code

local function wrong_number(diagnostics)
  for _, d in ipairs(diagnostics or {}) do
    if d.code == 'article/wrong-number' then return d end
  end
end

local function last_published() return published[#published] end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  local bufnr = vim.api.nvim_get_current_buf()

  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if offer == 'utf-32' then
    capabilities.general = { positionEncodings = { 'utf-32', 'utf-16' } }
    capabilities.offsetEncoding = { 'utf-32', 'utf-16' }
  elseif offer == 'utf-8-clangd' then
    capabilities.offsetEncoding = { 'utf-8', 'utf-16' }
  end

  local negotiated
  local client_id = vim.lsp.start_client({
    name = 'gklint',
    cmd = { bin, 'lsp' },
    root_dir = vim.fn.fnamemodify(report, ':h'),
    capabilities = capabilities,
    flags = { debounce_text_changes = 50 },
    -- Neovim 0.7 reads neither positionEncoding nor offsetEncoding from the answer
    -- itself: on_init is where its documentation says to adopt the server's choice.
    on_init = function(client, result)
      negotiated = (result.capabilities or {}).positionEncoding or result.offsetEncoding or 'utf-16'
      client.offset_encoding = negotiated
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(published, vim.deepcopy(result))
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code) exit_code = code end,
    -- Any protocol trouble the client notices (a duplicated or unparsable message) fails the test.
    on_error = function(code, err)
      check(false, 'client error ' .. tostring(vim.lsp.client_errors[code] or code) .. ': ' .. vim.inspect(err):sub(1, 200))
    end,
  })
  if not check(client_id, 'start_client') then return end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. Diagnostics at the right 0-based positions in the negotiated encoding.
  -- Generous: each run has a fresh HOME, so the server first compiles the plugins' pattern
  -- databases, which takes seconds in a sanitizer build on a loaded machine.
  check(vim.wait(60000, function() return wrong_number((last_published() or {}).diagnostics) ~= nil end, 20),
    'article/wrong-number published')
  check(negotiated == expect, 'negotiated ' .. tostring(negotiated) .. ', expected ' .. expect)
  local d = wrong_number((last_published() or {}).diagnostics)
  if not d then return end
  check(d.range.start.line == DEFECT_LINE and d.range.start.character == START[expect],
    ('start %d:%d, expected %d:%d'):format(d.range.start.line, d.range.start.character, DEFECT_LINE, START[expect]))
  -- The finding covers the whole caption 第二十六条第（六）项: 10 characters, 30 UTF-8 bytes.
  local caption = expect == 'utf-8' and 30 or 10
  check(d.range['end'].character == START[expect] + caption, 'end character ' .. d.range['end'].character)
  check(d.severity == 1 and d.source == 'gklint', 'severity and source')
  check(d.codeDescription and d.codeDescription.href:match('docs/rules/article/wrong%-number%.md$'), 'doc page')
  -- …and neovim, converting with the negotiated encoding, puts it on the right bytes.
  local shown
  for _, item in ipairs(vim.diagnostic.get(bufnr)) do
    if item.code == 'article/wrong-number' or (item.user_data and item.user_data.lsp and item.user_data.lsp.code == 'article/wrong-number') then
      shown = item
    end
  end
  if check(shown, 'vim.diagnostic has the finding') then
    check(shown.lnum == DEFECT_LINE and shown.col == BYTE_START, ('shown at %d:%d'):format(shown.lnum, shown.col))
  end

  -- 2. An edit before the defect on the same line (incremental didChange in the negotiated encoding).
  local count = #published
  vim.api.nvim_buf_set_text(bufnr, DEFECT_LINE, EDIT_AT, DEFECT_LINE, EDIT_AT, { '表😀' })
  check(vim.wait(20000, function() return #published > count end, 20), 'published after the edit')
  d = wrong_number(last_published().diagnostics)
  local shifted = START[expect] + ({ ['utf-8'] = 3 + 4, ['utf-16'] = 1 + 2, ['utf-32'] = 1 + 1 })[expect]
  if check(d, 'still found after the edit') then
    check(d.range.start.character == shifted, ('shifted start %d, expected %d'):format(d.range.start.character, shifted))
  end

  -- 3. The quick fix through vim.lsp.buf.code_action, choosing the preferred action.
  local chosen
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      if item[2].isPreferred and not chosen then chosen = item end
    end
    on_choice(chosen)
  end
  vim.api.nvim_win_set_cursor(0, { DEFECT_LINE + 1, BYTE_START + 3 + 4 }) -- on 第二十六条
  vim.lsp.buf.code_action()
  local fixed = LEAD:sub(1, EDIT_AT) .. '表😀' .. LEAD:sub(EDIT_AT + 1) .. '第二十条第（六）项' .. (os.getenv('GKLINT_TAIL') or '')
  check(vim.wait(20000, function()
    return vim.api.nvim_buf_get_lines(bufnr, DEFECT_LINE, DEFECT_LINE + 1, false)[1] == fixed
  end, 20), 'buffer line after the fix: ' .. vim.inspect(vim.api.nvim_buf_get_lines(bufnr, DEFECT_LINE, DEFECT_LINE + 1, false)[1]))
  check(chosen and chosen[2].kind == 'quickfix', 'a preferred quickfix was offered')
  check(vim.wait(20000, function()
    local last = last_published()
    return last and wrong_number(last.diagnostics) == nil
  end, 20), 'the finding is gone after the fix')

  -- 4. shutdown + exit.
  vim.lsp.stop_client(client_id)
  check(vim.wait(20000, function() return exit_code ~= nil end, 20), 'the server exits')
  check(exit_code == 0, 'exit status ' .. tostring(exit_code))
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    vim.schedule(function()
      local ok, err = xpcall(run, debug.traceback)
      if not ok then check(false, err) end
      if failed then
        vim.cmd('cquit 1')
      else
        say('OK [' .. expect .. ']')
        vim.cmd('qall!')
      end
    end)
  end,
})
