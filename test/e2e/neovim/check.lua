-- Drives Neovim's built-in LSP client against okr-language-server --stdio, the way the
-- configuration in docs/editors.md does, and writes what arrived to $OKR_RESULT as JSON.
-- Works with Neovim 0.7 (vim.lsp.start_client) and newer (vim.lsp.start).
local server = assert(os.getenv('OKR_SERVER'))
local root = assert(os.getenv('OKR_WORKSPACE'))
local out = assert(os.getenv('OKR_RESULT'))
local result = { diagnostics = {}, errors = {} }

vim.cmd('autocmd BufRead,BufNewFile *.okr setfiletype okr')
local config = {
  name = 'okr',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  settings = { okr = { today = '2026-11-10' } },
  -- Neovim 0.7 answers workspace/configuration but does not announce it: push the settings.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
}

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. path))
  local buf = vim.api.nvim_get_current_buf()
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = buf })
  else
    result.client = result.client or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, result.client)
  end
  return buf
end

local function find(buf, needle, offset)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = text:find(needle, 1, true)
    if col then return { line = i - 1, character = col - 1 + (offset or 0) } end
  end
  error('not found: ' .. needle)
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 15000)
  if err then table.insert(result.errors, method .. ': ' .. err) end
  for _, response in pairs(responses or {}) do
    if response.err then table.insert(result.errors, method .. ': ' .. response.err.message) end
    if response.result then return response.result end
  end
end

local ok, failure = pcall(function()
  local goals = open('goals/2026-q4.okr')
  local org = open('org.okr')
  result.attached = vim.wait(15000, function() return #vim.diagnostic.get(org) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(org)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, { line = d.lnum, code = d.code or lsp.code, severity = d.severity, message = d.message })
  end
  local uri = vim.uri_from_bufnr(goals)
  local hover = request(goals, 'textDocument/hover',
    { textDocument = { uri = uri }, position = find(goals, 'fast_onboarding') })
  result.hover = hover and hover.contents
  local definition = request(goals, 'textDocument/definition',
    { textDocument = { uri = uri }, position = find(goals, 'guardrails csat', #'guardrails ') })
  result.definition = definition
  -- The preview's request also tells which "today" the server took from the settings above.
  local tree = request(goals, 'okr/alignmentTree', {})
  result.today = tree and tree.today
end)
if not ok then table.insert(result.errors, tostring(failure)) end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
