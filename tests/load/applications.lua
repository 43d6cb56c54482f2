-- wrk script: POST /api/applications with a distinct person (passport) and own
-- number each time, so every request is a new, stored, current application.
-- Usage: wrk ... -s tests/load/applications.lua -- PROCESS_INDEX
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_index", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  process_index = tonumber(args[1] or "0")
  counter = 0
  local file = io.open("tests/load/adult.json", "r")
  template = file:read("*a")
  file:close()
end

function request()
  counter = counter + 1
  local slot = process_index * 4 + thread_index
  local n = slot * 1000000 + counter
  local body = template
    :gsub("TK1234567", string.format("TK%07d", n))
    :gsub("0912345678", string.format("091%07d", n))
  return wrk.format("POST", "/api/applications", { ["Content-Type"] = "application/json" }, body)
end
