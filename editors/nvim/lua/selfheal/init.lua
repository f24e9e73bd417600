--- selfheal for Neovim (0.11+): `setup{}` configures `selfheal lsp` for every buffer that has a
--- file (`vim.lsp.config` + `vim.lsp.enable`), forwards the diagnostics of other sources to it,
--- and adds the :Selfheal… commands. See `:help selfheal`.

local M = {}

--- The options `setup{}` takes; `:help selfheal-options` explains each.
M.defaults = {
  -- The server: a path to the `selfheal` binary (`lsp` is appended) or a full command list.
  cmd = 'selfheal',
  -- nil: every filetype. A list limits the server to those.
  filetypes = nil,
  -- The workspace root: the nearest directory with one of these, else the current directory.
  root_markers = {
    '.git',
    { 'Cargo.toml', 'package.json', 'pyproject.toml', 'setup.py', 'go.mod', 'pom.xml' },
  },
  -- Fixes below this confidence are not offered (the server's default too).
  min_confidence = nil,
  -- Apply `source.fixAll.selfheal` before each write (learned fixes with confidence >= 0.75).
  fix_all_on_save = false,
  -- How long a write waits for selfheal's fix-all (then it writes without it).
  fix_all_timeout_ms = 1000,
  -- Named commands for :SelfhealRun and `selfheal.runTask`: { build = 'cargo build' }.
  task_commands = {},
  -- Forward other sources' diagnostics, at most once per this many milliseconds per buffer.
  forward_diagnostics = true,
  debounce_ms = 300,
  run = {
    -- Where :SelfhealRun streams the output: 'split' (a scratch buffer) or 'none'.
    output = 'split',
    -- Open the quickfix list with the errors selfheal recognised in the output.
    open_quickfix = true,
    -- Keep at most this many bytes of output for recognition (the rest is marked truncated).
    max_output_bytes = 4 * 1024 * 1024,
  },
  -- "Propose Fix" with an LLM (`:help selfheal-llm`). Keys come from the environment
  -- (ANTHROPIC_API_KEY, OPENAI_API_KEY, OLLAMA_HOST), never from here.
  llm = {
    -- 'anthropic', 'openai' or 'ollama'; nil: the one whose key or host the environment has.
    provider = nil,
    -- nil: the provider's default model.
    model = nil,
    -- Another address: an OpenAI-compatible server, a proxy, Ollama on another host.
    base_url = nil,
    timeout_seconds = nil,
    -- At most this many requests a day (the server's default: 100).
    daily_budget = nil,
    -- Glob patterns of files whose text is never sent to a provider.
    exclude = nil,
  },
  -- Asks before a proposed fix is applied: `function(proposal, answer)` calling `answer(true)`
  -- to apply; nil: confirm() under the diff. `proposal` = { title, description, diff, uris }.
  confirm_proposal = nil,
  -- Anything else for `vim.lsp.config('selfheal', …)` (capabilities, on_attach, …).
  lsp = {},
}

--- The options in force, once `setup{}` ran.
M.config = nil

--- The server's settings (`initializationOptions`) from the options.
local function server_settings(config)
  local settings = { fixAllOnSave = config.fix_all_on_save }
  if config.min_confidence ~= nil then
    settings.minConfidence = config.min_confidence
  end
  if next(config.task_commands) then
    settings.taskCommands = config.task_commands
  end
  local llm = config.llm or {}
  local llm_settings = {
    provider = llm.provider,
    model = llm.model,
    baseUrl = llm.base_url,
    timeoutSeconds = llm.timeout_seconds,
    dailyBudget = llm.daily_budget,
    exclude = llm.exclude,
  }
  if next(llm_settings) then
    settings.llm = llm_settings
  end
  return settings
end

--- The command that starts the server.
function M.server_cmd(config)
  config = config or M.config or M.defaults
  if type(config.cmd) == 'table' then
    return config.cmd
  end
  return { config.cmd, 'lsp' }
end

--- The workspace root for a buffer, or nil for a buffer that has no file.
function M.root_for(bufnr, config)
  config = config or M.config or M.defaults
  if vim.api.nvim_buf_get_name(bufnr) == '' then
    return nil
  end
  return vim.fs.root(bufnr, config.root_markers) or vim.fn.getcwd()
end

function M.setup(opts)
  if vim.fn.has('nvim-0.11') == 0 then
    vim.notify('selfheal needs Neovim 0.11 or newer', vim.log.levels.ERROR)
    return
  end
  local config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  -- Lists replace the defaults instead of merging with them by index.
  if opts and opts.root_markers then
    config.root_markers = opts.root_markers
  end
  M.config = config

  local cmd = M.server_cmd(config)
  local proposal = require('selfheal.proposal')
  if vim.fn.executable(cmd[1]) == 0 then
    local message = 'selfheal: `%s` was not found. Install it (`cargo install --locked --path .` '
      .. "in the selfheal repository) or give its path: "
      .. "require('selfheal').setup{ cmd = '/path/to/selfheal' }"
    vim.notify(message:format(cmd[1]), vim.log.levels.WARN)
    return
  end

  vim.lsp.config(
    'selfheal',
    vim.tbl_deep_extend('force', {
      cmd = cmd,
      filetypes = config.filetypes,
      root_dir = function(bufnr, on_dir)
        local root = M.root_for(bufnr, config)
        if root then
          on_dir(root)
        end
      end,
      init_options = server_settings(config),
      -- Proposed fixes are shown as a diff and applied only after a yes.
      handlers = {
        ['workspace/applyEdit'] = proposal.apply_edit_handler,
        ['workspace/executeCommand'] = proposal.execute_command_handler,
      },
    }, config.lsp)
  )
  require('selfheal.commands').setup(config)
  require('selfheal.forward').setup(config)
  require('selfheal.fix_all').setup(config)
  vim.lsp.enable('selfheal')
  -- Before VimEnter (`nvim -c "lua require('selfheal').setup{}" file`), `vim.lsp.enable` does
  -- not visit the buffers already open; enabling again once Neovim has started does.
  if vim.v.vim_did_enter == 0 then
    vim.api.nvim_create_autocmd('VimEnter', {
      once = true,
      callback = function()
        vim.lsp.enable('selfheal')
      end,
    })
  end
end

return M
