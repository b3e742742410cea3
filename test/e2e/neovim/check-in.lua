-- Drives the check-in setup of docs/editors.md (docs/neovim/okr-check-in.lua, loaded as a user
-- would) in a headless Neovim against okr-language-server --stdio: a key result's "Check in" code
-- lens, :OkrCheckIn at the cursor, a refusal, :OkrStale and undo. vim.ui.input answers from a
-- list, as a user would type. Writes what happened to $OKR_RESULT as JSON.
local server = assert(os.getenv('OKR_SERVER'))
local root = assert(os.getenv('OKR_WORKSPACE'))
local out = assert(os.getenv('OKR_RESULT'))
local setup = assert(os.getenv('OKR_SETUP'))
local result = { errors = {}, messages = {}, prompts = {} }

local answers = {}
vim.ui.input = function(opts, on_confirm)
  table.insert(result.prompts, opts.prompt)
  on_confirm(table.remove(answers, 1))
end
vim.notify = function(message) table.insert(result.messages, message) end

dofile(setup)

vim.cmd('autocmd BufRead,BufNewFile *.okr setfiletype okr')
local config = {
  name = 'okr',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  settings = { okr = { today = '2026-11-25' } },
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
}

local function lines(buf) return vim.api.nvim_buf_get_lines(buf, 0, -1, false) end
local function has_line(buf, text)
  for _, line in ipairs(lines(buf)) do if line == text then return true end end
  return false
end
local function line_of(buf, needle)
  for i, line in ipairs(lines(buf)) do if line:find(needle, 1, true) then return i end end
  error('not found: ' .. needle)
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/goals/2026-q4.okr'))
  local buf = vim.api.nvim_get_current_buf()
  local client_id
  if vim.lsp.start then client_id = vim.lsp.start(config, { bufnr = buf }) else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'no diagnostics')
  local original = lines(buf)

  -- 1) The "Check in" code lens of ttfv, run as vim.lsp.codelens.run() runs it.
  local lenses = vim.lsp.buf_request_sync(buf, 'textDocument/codeLens', { textDocument = { uri = vim.uri_from_bufnr(buf) } }, 15000)
  local lens
  for _, response in pairs(lenses or {}) do
    for _, candidate in ipairs(response.result or {}) do
      local args = candidate.command and candidate.command.arguments
      if candidate.command.command == 'okr.checkIn' and args and args[1].id == 'ttfv' then lens = candidate end
    end
  end
  assert(lens, 'no Check in lens for ttfv')
  result.lens = lens.command
  answers = { '12 days', '70%', 'Wizard "v2" shipped' }
  vim.lsp.commands['okr.checkIn'](lens.command, { bufnr = buf, client_id = client_id })
  local lens_line = '      checkin 2026-11-25 = 12 days confidence 0.7 "Wizard \\"v2\\" shipped"'
  result.lens_checked_in = vim.wait(10000, function() return has_line(buf, lens_line) end, 50)

  -- 2) Undo takes it back: the buffer is as it was, and unmodified.
  vim.cmd('undo')
  result.undone = vim.deep_equal(lines(buf), original) and not vim.bo[buf].modified

  -- 3) A refusal: a value in another unit is a message, and nothing changes.
  answers = { '12 weeks', '', '' }
  vim.lsp.commands['okr.checkIn'](lens.command, { bufnr = buf, client_id = client_id })
  vim.wait(5000, function() return #result.messages > 1 end, 50)
  result.unchanged_after_refusal = vim.deep_equal(lines(buf), original)

  -- 4) :OkrCheckIn for the key result under the cursor.
  vim.api.nvim_win_set_cursor(0, { line_of(buf, 'kr activation'), 6 })
  answers = { '44%', '', '' }
  vim.cmd('OkrCheckIn')
  result.cursor_checked_in = vim.wait(10000, function() return has_line(buf, '      checkin 2026-11-25 = 44%') end, 50)

  -- 5) :OkrStale fills the quickfix list with what stale-checkin flags (activation no longer).
  -- The server re-checks the edited buffer: activation is no longer flagged.
  vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.message:find('"activation" was last checked in', 1, true) then return false end end
    return true
  end, 50)
  vim.cmd('OkrStale')
  vim.wait(10000, function() return #vim.fn.getqflist() > 0 end, 50)
  result.stale = {}
  for _, entry in ipairs(vim.fn.getqflist()) do table.insert(result.stale, { lnum = entry.lnum, text = entry.text }) end
end)
if not ok then table.insert(result.errors, tostring(failure)) end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
