-- Check-ins from Neovim with okr-language-server (see docs/editors.md): the "Check in" code lens
-- of every key result, :OkrCheckIn for the key result under the cursor, and :OkrStale, the key
-- results that stale-checkin flags, in the quickfix list. The questions are vim.ui.input prompts;
-- the server checks the answers and sends the edit (workspace/applyEdit), so `u` undoes it.
-- Works with Neovim 0.7 and newer. Use: require('okr-check-in') from your init.lua, with this
-- file saved as lua/okr-check-in.lua in your config folder.
local M = {}

local function notify(message, level)
  vim.notify('OKR: ' .. message, level or vim.log.levels.INFO)
end

local function execute(bufnr, command, argument, on_result)
  vim.lsp.buf_request(bufnr, 'workspace/executeCommand', { command = command, arguments = { argument } }, function(err, result)
    if err then
      notify(err.message, vim.log.levels.ERROR)
    elseif on_result then
      on_result(result)
    end
  end)
end

--- Asks for the value, the confidence and the note, then checks in.
--- target: { uri = …, kr = ID or { line, character } }, or a code lens's { uri, position, id }.
function M.check_in(target, bufnr)
  local label = target.id or (type(target.kr) == 'string' and target.kr) or 'the key result'
  vim.ui.input({ prompt = 'Check in ' .. label .. ' — value (14, 41%, 10 days, done): ' }, function(value)
    if value == nil or value == '' then return end
    vim.ui.input({ prompt = 'Confidence, 0.0-1.0 or 60% (optional): ' }, function(confidence)
      if confidence == nil then return end
      vim.ui.input({ prompt = 'Note (optional): ' }, function(note)
        if note == nil then return end
        local argument = vim.tbl_extend('force', target, {
          value = value,
          confidence = confidence ~= '' and confidence or nil,
          note = note ~= '' and note or nil,
        })
        execute(bufnr, 'okr.addCheckIn', argument, function(result)
          notify(('checked in %s: %s; objective %s: %s'):format(label, result.summary.progress, result.objective.id, result.summary.score))
          for _, warning in ipairs(result.warnings) do notify(warning, vim.log.levels.WARN) end
        end)
      end)
    end)
  end)
end

-- The code lens's command: its arguments carry the key result's place.
vim.lsp.commands['okr.checkIn'] = function(command, ctx)
  M.check_in(command.arguments[1], ctx.bufnr)
end

vim.api.nvim_create_user_command('OkrCheckIn', function()
  local bufnr = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  M.check_in({ uri = vim.uri_from_bufnr(bufnr), kr = { line = cursor[1] - 1, character = cursor[2] } }, bufnr)
end, { desc = 'Check in on the key result under the cursor' })

vim.api.nvim_create_user_command('OkrStale', function()
  execute(vim.api.nvim_get_current_buf(), 'okr.listStaleKeyResults', {}, function(items)
    local entries = {}
    for _, item in ipairs(items) do
      table.insert(entries, { filename = vim.uri_to_fname(item.uri), lnum = item.position.line + 1, col = item.position.character + 1, text = item.stale })
    end
    vim.fn.setqflist(entries)
    if #entries == 0 then notify('no key result needs a check-in') else vim.cmd('copen') end
  end)
end, { desc = 'The key results that stale-checkin flags, in the quickfix list' })

-- Show the code lenses (scores, "Check in") and keep them fresh.
vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'BufWritePost' }, {
  pattern = '*.okr',
  callback = function() vim.lsp.codelens.refresh() end,
})

return M
