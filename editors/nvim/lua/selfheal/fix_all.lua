--- Fix-all on save (`fix_all_on_save = true`): before a buffer is written, asks selfheal for
--- `source.fixAll.selfheal` (learned fixes with confidence >= 0.75 only; the server offers it
--- only when so configured) and applies it, then runs its command as any code action's.

local client_lib = require('selfheal.client')

local M = {}

function M.apply(bufnr, timeout_ms)
  -- What other sources report now, not what they reported before the debounce.
  require('selfheal.forward').forward_now(bufnr)
  for _, client in ipairs(client_lib.clients(bufnr)) do
    local line_count = vim.api.nvim_buf_line_count(bufnr)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = {
        start = { line = 0, character = 0 },
        ['end'] = { line = line_count, character = 0 },
      },
      context = { only = { 'source.fixAll.selfheal' }, diagnostics = {} },
    }
    local response = client:request_sync('textDocument/codeAction', params, timeout_ms, bufnr)
    for _, action in ipairs(response and response.result or {}) do
      if action.kind == 'source.fixAll.selfheal' then
        if action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        end
        if type(action.command) == 'table' then
          client:exec_cmd(action.command, { bufnr = bufnr })
        end
      end
    end
  end
end

function M.setup(config)
  local group = vim.api.nvim_create_augroup('selfheal.fix_all', { clear = true })
  if not config.fix_all_on_save then
    return
  end
  vim.api.nvim_create_autocmd('BufWritePre', {
    group = group,
    callback = function(args)
      M.apply(args.buf, config.fix_all_timeout_ms)
    end,
  })
end

return M
