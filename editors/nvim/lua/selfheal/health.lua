--- `:checkhealth selfheal`: Neovim is new enough, `setup{}` ran, the `selfheal` binary is found
--- and answers its version, and a server is attached to the current buffer.

local M = {}

--- The buffer the person was in: :checkhealth opens its report in a new tab (or the current
--- window when that held an empty buffer).
local function buffer_checked()
  local current = vim.api.nvim_get_current_buf()
  if vim.bo[current].buftype == '' and vim.api.nvim_buf_get_name(current) ~= 'health://' then
    return current
  end
  local previous_tab = vim.api.nvim_list_tabpages()[vim.fn.tabpagenr('#')]
  if previous_tab then
    local windows = vim.api.nvim_tabpage_list_wins(previous_tab)
    table.insert(windows, 1, vim.api.nvim_tabpage_get_win(previous_tab))
    for _, win in ipairs(windows) do
      local bufnr = vim.api.nvim_win_get_buf(win)
      if vim.api.nvim_win_get_config(win).relative == '' and vim.bo[bufnr].buftype == '' then
        return bufnr
      end
    end
  end
  return current
end

function M.check()
  local health = vim.health
  health.start('selfheal')

  local version = vim.version()
  local version_text = ('%d.%d.%d'):format(version.major, version.minor, version.patch)
  if vim.fn.has('nvim-0.11') == 1 then
    health.ok('Neovim ' .. version_text)
  else
    health.error('Neovim ' .. version_text .. ': selfheal needs 0.11 or newer')
  end

  local selfheal = require('selfheal')
  local config = selfheal.config
  if config then
    health.ok("require('selfheal').setup{} ran")
  else
    health.warn("require('selfheal').setup{} has not run", {
      "call require('selfheal').setup{} in your config (or lazy.nvim's `opts = {}`)",
    })
  end

  local cmd = selfheal.server_cmd(config)
  local binary = vim.fn.exepath(cmd[1])
  if binary == '' then
    health.error(('`%s` not found'):format(cmd[1]), {
      'cargo install --locked --path . (in the selfheal repository)',
      "or require('selfheal').setup{ cmd = '/path/to/selfheal' }",
    })
  else
    local ok, result = pcall(function()
      return vim.system({ binary, '--version' }, { text = true }):wait(5000)
    end)
    if ok and result.code == 0 then
      health.ok(('%s (%s)'):format(vim.trim(result.stdout or ''), binary))
    else
      health.error(('`%s --version` failed'):format(binary), { 'is it a selfheal binary?' })
    end
  end

  local bufnr = buffer_checked()
  local attached = vim.lsp.get_clients({ name = 'selfheal', bufnr = bufnr })
  local running = vim.lsp.get_clients({ name = 'selfheal' })
  if #attached > 0 then
    local client = attached[1]
    health.ok(
      ('server attached to this buffer (client %d, root %s, position encoding %s)'):format(
        client.id,
        client.root_dir or '-',
        client.offset_encoding
      )
    )
  elseif #running > 0 then
    health.info(
      ('%d selfheal server(s) running, none attached to buffer %d %q (a buffer without a '
        .. 'file, or a filetype outside `filetypes`)'):format(
        #running,
        bufnr,
        vim.api.nvim_buf_get_name(bufnr)
      )
    )
  else
    health.info('no selfheal server running yet: it starts when you open a file')
  end

  if config then
    if config.forward_diagnostics then
      health.ok(
        ("forwarding other sources' diagnostics (debounce %d ms)"):format(config.debounce_ms)
      )
    else
      health.warn('forward_diagnostics is off: quick fixes only for selfheal\'s own diagnostics')
    end
  end

  -- Propose Fix: where its provider would come from (the server decides; keys are not shown).
  local llm = config and config.llm or {}
  local from_environment = vim.iter({ 'ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'OLLAMA_HOST' })
    :filter(function(name)
      return (vim.env[name] or '') ~= ''
    end)
    :totable()
  if llm.provider or #from_environment > 0 then
    health.info(
      ('Propose Fix: provider %s; in the environment: %s'):format(
        llm.provider or 'from the environment',
        #from_environment > 0 and table.concat(from_environment, ', ') or 'no key or host'
      )
    )
  else
    health.info('Propose Fix: no LLM provider configured (optional; see :help selfheal-llm)')
  end
end

return M
