--- The commands, in a copy of tests/heal/rust/cargo-add-dependency (the current directory), a
--- crate that uses `memchr` without depending on it: setup{} with a binary that is not there
--- says how to fix that; `:SelfhealRun cargo build` gets a shell-command fix (`cargo add
--- memchr`) that is not run when the person answers Cancel, and `selfheal.runInTerminal` runs a
--- command in a terminal after a yes; :SelfhealExplain (a code, and the error under the cursor),
--- :SelfhealStats, :SelfhealProposeFix (no LLM provider configured: said plainly), :checkhealth
--- selfheal and the help file.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

--- Answers the next confirm() with `answer` and keeps the question.
local questions = {}
local answer = 2
vim.fn.confirm = function(question)
  table.insert(questions, question)
  return answer
end

H.capture_notifications()
local notified = H.notified
local notified_containing = H.notified_containing

H.run('commands', function()
  local commands = require('selfheal.commands')
  local workspace = vim.fn.getcwd()

  -- A missing binary: a warning that says what to do, and no server configured.
  require('selfheal').setup({ cmd = '/nonexistent/selfheal' })
  local missing = notified_containing('`/nonexistent/selfheal` was not found')
  H.check(missing, 'setup{} warns about a missing binary', notified)
  H.check(missing.message:find('cargo install --locked --path .', 1, true), 'and how to install')
  H.equal(missing.level, vim.log.levels.WARN, 'the warning level')

  H.setup({})
  vim.cmd.edit('src/main.rs')
  local bufnr = vim.api.nvim_get_current_buf()
  local client = H.attached_client(bufnr)

  -- A shell-command fix asks first; Cancel runs nothing.
  local run = require('selfheal.run')
  vim.cmd('SelfhealRun cargo build')
  H.wait_for('cargo build to end', 60000, function()
    return run.last and run.last.done
  end)
  H.wait_for('selfheal diagnostics on src/main.rs', 10000, function()
    return #H.own_diagnostics(bufnr, client) > 0
  end)
  local diagnostic = H.own_diagnostics(bufnr, client)[1]
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  local manifest_before = table.concat(vim.fn.readfile('Cargo.toml'), '\n')
  answer = 2
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == 'Add the dependency: `cargo add memchr`'
    end,
  })
  H.wait_for('the question before running `cargo add memchr`', 10000, function()
    return #questions == 1
  end)
  H.check(questions[1]:find('cargo add memchr', 1, true), 'the question has the command', questions)
  H.check(questions[1]:find(workspace, 1, true), 'the question shows the directory', questions)
  H.wait_for('the "not run" message', 2000, function()
    return notified_containing('not run: cargo add memchr') ~= nil
  end)
  local manifest_after = table.concat(vim.fn.readfile('Cargo.toml'), '\n')
  H.equal(manifest_after, manifest_before, 'Cargo.toml after Cancel')
  for _, buffer in ipairs(vim.api.nvim_list_bufs()) do
    H.check(vim.bo[buffer].buftype ~= 'terminal', 'no terminal was opened after Cancel')
  end

  -- After a yes, the command runs in a terminal.
  answer = 1
  client:exec_cmd({
    title = 'write a file',
    command = 'selfheal.runInTerminal',
    arguments = { 'printf ran > ran.txt', { cwd = workspace } },
  }, { bufnr = bufnr })
  H.wait_for('the confirmed command to run', 10000, function()
    return vim.fn.filereadable('ran.txt') == 1 and vim.fn.readfile('ran.txt')[1] == 'ran'
  end)
  H.equal(vim.bo.buftype, 'terminal', 'the command ran in a terminal window')
  vim.cmd.stopinsert()
  vim.cmd.close()

  -- :SelfhealExplain with a code.
  vim.cmd('SelfhealExplain E0432')
  H.wait_for(':SelfhealExplain E0432 to show', 10000, function()
    return commands.last_shown ~= nil
  end)
  local explained = table.concat(commands.last_shown.lines, '\n')
  H.check(
    explained:find('# The crate `<crate>` is used but not a dependency', 1, true),
    'explanation of E0432',
    explained
  )

  -- :SelfhealExplain at the error under the cursor.
  commands.last_shown = nil
  vim.api.nvim_set_current_buf(bufnr)
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  vim.cmd('SelfhealExplain')
  H.wait_for(':SelfhealExplain at the cursor to show', 10000, function()
    return commands.last_shown ~= nil
  end)
  explained = table.concat(commands.last_shown.lines, '\n')
  H.check(
    explained:find('The crate `memchr` is used but not a dependency', 1, true),
    'explanation of the error under the cursor',
    explained
  )

  -- :SelfhealStats
  commands.last_shown = nil
  vim.cmd('SelfhealStats')
  H.wait_for(':SelfhealStats to show', 10000, function()
    return commands.last_shown ~= nil
  end)
  local stats = table.concat(commands.last_shown.lines, '\n')
  H.check(stats:find('errors seen: %d+ %(%d+ distinct%)'), 'stats list the errors seen', stats)

  -- :SelfhealProposeFix without an LLM provider: said as a warning that says where to look.
  commands.last_shown = nil
  vim.cmd('SelfhealProposeFix')
  H.wait_for(':SelfhealProposeFix to answer', 10000, function()
    return commands.last_shown ~= nil
  end)
  local proposed = notified_containing(':help selfheal-llm')
  H.check(proposed, 'the proposeFix message reaches the person', notified)
  H.check(proposed.message:find('configured', 1, true), 'it says what is missing', proposed)
  H.equal(proposed.level, vim.log.levels.WARN, 'proposeFix message level')

  -- :checkhealth selfheal
  vim.cmd('checkhealth selfheal')
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  for _, expected in ipairs({
    'OK Neovim 0.',
    "OK require('selfheal').setup{} ran",
    'OK selfheal ',
    'OK server attached to this buffer',
    'Propose Fix: no LLM provider configured',
  }) do
    H.check(report:find(expected, 1, true), ':checkhealth selfheal reports ' .. expected, report)
  end
  H.check(not report:find('ERROR', 1, true), ':checkhealth selfheal reports no error', report)
  vim.cmd.tabclose()

  -- The help file: its tags are valid and :help finds them.
  local docs = vim.fs.joinpath(vim.fn.tempname(), 'doc')
  vim.fn.mkdir(docs, 'p')
  local help = vim.fn.readfile(vim.fs.joinpath(H.plugin, 'doc', 'selfheal.txt'))
  vim.fn.writefile(help, vim.fs.joinpath(docs, 'selfheal.txt'))
  vim.cmd.helptags(docs)
  vim.opt.runtimepath:append(vim.fs.dirname(docs))
  local tags =
    { 'selfheal', 'selfheal-options', ':SelfhealRun', 'selfheal.runInTerminal', 'selfheal-llm' }
  for _, tag in ipairs(tags) do
    local ok, err = pcall(vim.cmd.help, tag)
    H.check(ok, ':help ' .. tag, err)
  end
end)
