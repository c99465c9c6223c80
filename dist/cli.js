#!/usr/bin/env node
import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code2, fn = StreamError) {
        super(msg);
        this.code = code2;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter: EventEmitter2 } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter2 {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable4 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline2(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve2, reject) {
              promiseResolve = resolve2;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve2, reject) => {
            if (stream._duplexState & DESTROYED) return resolve2({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable2 = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve2) => {
          state.drains.push({ writes, resolve: resolve2 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex2 = class extends Readable4 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex2 {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve2, reject) => {
        return pipeline2(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve2();
        });
      });
    }
    function pipeline2(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable2.prototype._writev && s._writev !== Duplex2.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline2,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable: Writable2,
      Readable: Readable4,
      Duplex: Duplex2,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable: Writable2, Readable: Readable4, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable4 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable2 {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract3 = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve2, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve2({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve2;
          promiseReject = reject;
          consumeCallback(null);
          if (extract3._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract3.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve2, reject) => {
            if (extract3.destroyed) return resolve2({ value: void 0, done: true });
            extract3.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract3(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants2 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants2;
    } catch {
      module.exports = constants2;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable4, Writable: Writable2, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants2 = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable2 {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable4 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants2.S_IFMT) {
        case constants2.S_IFBLK:
          return "block-device";
        case constants2.S_IFCHR:
          return "character-device";
        case constants2.S_IFDIR:
          return "directory";
        case constants2.S_IFIFO:
          return "fifo";
        case constants2.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL2,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL2, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location3, message3) {
        return {
          location: location3,
          message: message3
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message3, severity, code2, source, relatedInformation) {
        const result = { range, message: message3 };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code2)) {
          result.code = code2;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children2) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children2 !== void 0) {
          result.children = children2;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL2 = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff2 = a.range.start.line - b.range.start.line;
          if (diff2 === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff2;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff2 = change.text.length - (endOffset - startOffset);
            if (diff2 !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff2;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine2 = lineOffsets.length - 1;
          return { start: { line: lastLine2, character: 0 }, end: { line: lastLine2, character: this._content.length - lineOffsets[lastLine2] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff2 = a.range.start.line - b.range.start.line;
          if (diff2 === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff2;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path4 = this.getPath();
        if (path4 === null || path4.startsWith("/")) {
          return path4;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path4 : parent + "/" + path4;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path4, { windows } = {}) => {
      const segs = path4.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts2.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek2 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open6 = tokens[token.tokensIndex];
          open6.type = "text";
          open6.value = literal;
          open6.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open6.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek2();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix11 = POSIX_REGEX_SOURCE[rest2];
                if (posix11) {
                  prev.value = pre + posix11;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open6 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open6);
          push(open6);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek2() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix11 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix11 });
        const result = { glob, state, regex, posix: posix11, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix11 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix11 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix11);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix11 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix11 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar2(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path4) {
      const ctrl = callVisitor(key, node2, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path4 = Object.freeze(path4.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path4 = Object.freeze(path4.concat(node2));
          const ck = visit_("key", node2.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path4) {
      const ctrl = await callVisitor(key, node2, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path4 = Object.freeze(path4.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path4 = Object.freeze(path4.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node2, path4);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path4);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path4);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path4);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path4);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path4);
      return void 0;
    }
    function replaceNode(key, path4, node2) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count2 = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message3) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message3;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message3) {
        super("YAMLParseError", pos, code2, message3);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message3) {
        super("YAMLWarning", pos, code2, message3);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message3 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message3);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message3 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message3);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message3 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message3);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message3 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message3);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message3 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message3);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message3 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message3);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
          } catch (error) {
            const message3 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message3);
          }
          break;
        default: {
          const message3 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message3);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message3, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message3));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message3));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message3, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message3, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message3) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message3);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message3);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser2 = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message3 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message3, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message3 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message3 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/text.ts
function showControls(text, keep = "") {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (ch) => keep.includes(ch) ? ch : `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function article(word) {
  return /^[aeiou]|^x86|^s390|^(386|8)/i.test(word) ? `an ${word}` : `a ${word}`;
}

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
var ExitCode = {
  Verified: 0,
  Findings: 1,
  UsageError: 2
};
function showStack(stack) {
  return showControls(stack.trimEnd(), "\n");
}
function errorMessage(err2) {
  const msg = err2 instanceof Error ? err2.message : String(err2);
  return showControls(msg.replace(/\s*\n\s*/g, " ").trim());
}

// src/commands.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/image/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "multiarch-verify";
var FACTS_VERSION = 3;
var ENGINE_BUILD = "cb78babc3ef0b1771b72ab9a71001915";

// src/image/cache.ts
var gzipAsync = promisify(gzip);
var gunzipAsync = promisify(gunzip);
var DEFAULT_CACHE_BYTES = 512 * 1024 * 1024;
var MAX_BODY_BYTES = 256 * 1024 * 1024;
var MAGIC = "multiarch-verify facts";
function cacheVersion(engine = ENGINE_BUILD) {
  const build = /^[0-9a-f]{16,64}$/.test(engine) ? engine : "dev";
  return createHash("sha256").update(`${VERSION}\0${FACTS_VERSION}\0${build}`).digest("hex").slice(0, 16);
}
function defaultCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache"), "multiarch-verify");
}
function entryName(key) {
  const m = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/.exec(key.digest);
  if (!m || m[1] === "sha256" !== (m[2]?.length === 64)) return void 0;
  return `${key.of === "uncompressed" ? "u" : "b"}-${m[1]}-${m[2]}.facts`;
}
var TYPES = /* @__PURE__ */ new Set(["file", "dir", "symlink", "hardlink", "other"]);
var isNum = (v) => typeof v === "number" && Number.isFinite(v);
function wellFormed(e) {
  if (!e || typeof e !== "object") return false;
  const x = e;
  return typeof x.path === "string" && x.path.startsWith("/") && typeof x.type === "string" && TYPES.has(x.type) && isNum(x.mode) && isNum(x.size) && isNum(x.uid) && isNum(x.gid) && (x.linkname === void 0 || typeof x.linkname === "string") && (x.binary === void 0 || typeof x.binary === "object" && x.binary !== null) && (x.sha256 === void 0 || typeof x.sha256 === "string" && /^[0-9a-f]{64}$/.test(x.sha256)) && (x.text === void 0 || typeof x.text === "string") && (x.ldCache === void 0 || Array.isArray(x.ldCache));
}
var FactsCache = class {
  constructor(dir, opts = {}) {
    this.dir = dir;
    this.opts = opts;
    this.version = opts.version ?? cacheVersion();
    this.maxBytes = opts.maxBytes ?? DEFAULT_CACHE_BYTES;
  }
  dir;
  opts;
  version;
  stats = { hits: 0, misses: 0, rejected: 0, written: 0, evicted: 0 };
  maxBytes;
  pending = /* @__PURE__ */ new Set();
  writable = true;
  warned = false;
  pathOf(name) {
    return join(this.dir, name);
  }
  keyText(key) {
    return `${key.of ?? "stored"}:${key.digest}`;
  }
  /** The entries stored for `key` made from `size` bytes, or undefined: absent, or failing any check. */
  async get(key, size) {
    const name = entryName(key);
    if (!name) return void 0;
    let bytes;
    try {
      bytes = await readFile(this.pathOf(name));
    } catch {
      this.stats.misses++;
      return void 0;
    }
    const entries = await this.decode(key, size, bytes);
    if (!entries) {
      this.stats.rejected++;
      return void 0;
    }
    this.stats.hits++;
    const now = /* @__PURE__ */ new Date();
    await utimes(this.pathOf(name), now, now).catch(() => void 0);
    return entries;
  }
  async decode(key, size, bytes) {
    const nl = bytes.indexOf(10);
    if (nl < 0 || nl > 4096) return void 0;
    let header;
    try {
      header = JSON.parse(bytes.toString("utf8", 0, nl));
    } catch {
      return void 0;
    }
    const body = bytes.subarray(nl + 1);
    if (header?.magic !== MAGIC || header.version !== this.version || header.key !== this.keyText(key) || header.size !== size || header.length !== body.length || body.length > MAX_BODY_BYTES || createHash("sha256").update(body).digest("hex") !== header.sha256)
      return void 0;
    try {
      const json = await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES });
      const entries = JSON.parse(json.toString("utf8"));
      if (!Array.isArray(entries) || !entries.every(wellFormed)) return void 0;
      return entries;
    } catch {
      return void 0;
    }
  }
  /**
   * Store `entries` under `key`, in the background (flush() waits for it). They must come from `size` bytes that
   * hashed to the key's digest.
   */
  put(key, entries, size) {
    const name = entryName(key);
    if (!name || !this.writable || !(size > 0)) return;
    const p = this.write(name, key, entries, size).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
  async write(name, key, entries, size) {
    const tmp = this.pathOf(`.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
    try {
      const body = await gzipAsync(Buffer.from(JSON.stringify(entries)), { level: 1 });
      const header = {
        magic: MAGIC,
        version: this.version,
        key: this.keyText(key),
        sha256: createHash("sha256").update(body).digest("hex"),
        length: body.length,
        size
      };
      await mkdir(this.dir, { recursive: true, mode: 448 });
      const fh = await open(tmp, "wx", 384);
      try {
        await fh.writeFile(Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`), body]));
      } finally {
        await fh.close();
      }
      await rename(tmp, this.pathOf(name));
      this.stats.written++;
    } catch (err2) {
      await rm(tmp, { force: true }).catch(() => void 0);
      this.writable = false;
      if (!this.warned) {
        this.warned = true;
        this.opts.warn?.(`the facts cache ${this.dir} cannot be written (${errorMessage(err2)}); going on without it`);
      }
    }
  }
  /** Wait for the writes in flight, then remove the least recently used entries past the bound. */
  async flush() {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    if (this.stats.written > 0) await this.evict();
  }
  /** Remove entries (oldest mtime first) and stale temporary files until the directory is under its bound. */
  async evict() {
    let names;
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const files = [];
    for (const name of names) {
      const st = await stat(this.pathOf(name)).catch(() => void 0);
      if (!st?.isFile()) continue;
      if (name.startsWith(".tmp-")) {
        if (Date.now() - st.mtimeMs > 36e5) await rm(this.pathOf(name), { force: true }).catch(() => void 0);
        continue;
      }
      if (!/^[bu]-sha(256|512)-[a-f0-9]+\.facts$/.test(name)) continue;
      files.push({ name, size: st.size, mtime: st.mtimeMs });
    }
    let total = files.reduce((n, f) => n + f.size, 0);
    files.sort((a, b) => a.mtime - b.mtime);
    for (const f of files) {
      if (total <= this.maxBytes) break;
      await rm(this.pathOf(f.name), { force: true }).catch(() => void 0);
      total -= f.size;
      this.stats.evicted++;
    }
  }
};

// src/image/archive.ts
var tar2 = __toESM(require_tar_stream(), 1);
import { createHash as createHash5 } from "node:crypto";
import { stat as stat2 } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";

// src/image/decompress.ts
import { Duplex } from "node:stream";
import * as zlib from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code2 = ri[bits];
      fill(syms, i, code2, ri[bits] = code2 + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/image/decompress.ts
var MAGIC_BYTES = 4;
function compressionOf(first) {
  if (first.length >= 2 && first[0] === 31 && first[1] === 139) return "gzip";
  if (first.length >= 4 && first.readUInt32LE(0) === 4247762216) return "zstd";
  return "none";
}
var FZSTD_SLICE = 256;
async function* fzstdDecode(source) {
  const out = [];
  const zstd = new Decompress((chunk) => {
    out.push(Buffer.from(chunk));
  });
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += FZSTD_SLICE) {
      zstd.push(chunk.subarray(at, at + FZSTD_SLICE), false);
      while (out.length > 0) yield out.shift();
    }
  }
  zstd.push(new Uint8Array(0), true);
  yield* out.splice(0);
}
var DECOMPRESS_CHUNK = 256 * 1024;
var nativeZstd = zlib.createZstdDecompress;
function consumesOnWrite(kind) {
  return kind === "gzip" || kind === "zstd" && nativeZstd !== void 0;
}
function decompressor(kind) {
  if (kind === "gzip") return zlib.createGunzip({ chunkSize: DECOMPRESS_CHUNK });
  if (kind === "zstd") return nativeZstd ? nativeZstd({ chunkSize: DECOMPRESS_CHUNK }) : Duplex.from(fzstdDecode);
  return void 0;
}

// src/image/layer.ts
var tar = __toESM(require_tar_stream(), 1);
import { createHash as createHash4 } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/retry.ts
var DEFAULT_RETRY = {
  attempts: 4,
  baseMs: 1e3,
  maxDelayMs: 3e4,
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))
};
function isTransient(err2) {
  return err2?.retryable === true;
}
function retryDelay(err2, attempt, opts, now = Date.now()) {
  const e = err2;
  const status = e?.status;
  const headers = e?.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const remaining = headers["x-ratelimit-remaining"];
  const reset = Number(headers["x-ratelimit-reset"]);
  const rateLimited = status === 429 || status === 403 && (String(remaining) === "0" || headers["retry-after"] !== void 0);
  if (isTransient(e) && status === void 0) return opts.baseMs * 2 ** (attempt - 1);
  if (!rateLimited && !(typeof status === "number" && status >= 500)) return void 0;
  if (Number.isFinite(retryAfter) && headers["retry-after"] !== void 0) return retryAfter * 1e3;
  if (rateLimited && Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1e3 - now);
  return opts.baseMs * 2 ** (attempt - 1);
}
async function withRetry(fn, opts = DEFAULT_RETRY) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err2) {
      const delay = attempt < opts.attempts ? retryDelay(err2, attempt, opts) : void 0;
      if (delay === void 0 || delay > opts.maxDelayMs) throw err2;
      await opts.sleep(delay);
    }
  }
}

// src/inspect/loader/ld-cache.ts
var OLD_MAGIC = "ld.so-1.7.0";
var NEW_MAGIC = "glibc-ld.so.cache1.1";
var NEW_HEADER = 48;
var NEW_ENTRY = 24;
var OLD_HEADER = 16;
var OLD_ENTRY = 12;
var MAX_ENTRIES = 1 << 20;
function cstring(buf, at) {
  if (at < 0 || at >= buf.length) return void 0;
  const end = buf.indexOf(0, at);
  return end === -1 ? void 0 : buf.toString("utf8", at, end);
}
function parseLdCache(buf) {
  return parseAs(buf, true) ?? parseAs(buf, false);
}
function parseAs(buf, littleEndian) {
  let base = 0;
  if (buf.toString("latin1", 0, OLD_MAGIC.length) === OLD_MAGIC) {
    if (buf.length < OLD_HEADER) return void 0;
    const nold = littleEndian ? buf.readUInt32LE(12) : buf.readUInt32BE(12);
    if (nold > MAX_ENTRIES || OLD_HEADER + nold * OLD_ENTRY > buf.length) return void 0;
    base = OLD_HEADER + nold * OLD_ENTRY + 7 & ~7;
    if (buf.length < base + NEW_HEADER || buf.toString("latin1", base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
      return parseOld(buf, nold, littleEndian);
    }
  }
  if (buf.length < base + NEW_HEADER || buf.toString("latin1", base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
    return void 0;
  }
  const endian = buf[base + 28] ?? 0;
  const le = (endian & 3) === 2 ? true : (endian & 3) === 3 ? false : littleEndian;
  const u322 = (at) => le ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
  const nlibs = u322(base + 20);
  if (nlibs > MAX_ENTRIES || base + NEW_HEADER + nlibs * NEW_ENTRY > buf.length) return void 0;
  const out = [];
  for (let i = 0; i < nlibs; i++) {
    const at = base + NEW_HEADER + i * NEW_ENTRY;
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at);
    const soname = cstring(buf, base + u322(at + 4));
    const path4 = cstring(buf, base + u322(at + 8));
    if (soname === void 0 || path4 === void 0) return void 0;
    const hwcap = Number(le ? buf.readBigUInt64LE(at + 16) : buf.readBigUInt64BE(at + 16));
    out.push({ flags, soname, path: path4, hwcap });
  }
  return out;
}
function parseOld(buf, nold, le) {
  const strings = OLD_HEADER + nold * OLD_ENTRY;
  const u322 = (at) => le ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
  const out = [];
  for (let i = 0; i < nold; i++) {
    const at = OLD_HEADER + i * OLD_ENTRY;
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at);
    const soname = cstring(buf, strings + u322(at + 4));
    const path4 = cstring(buf, strings + u322(at + 8));
    if (soname === void 0 || path4 === void 0) return void 0;
    out.push({ flags, soname, path: path4, hwcap: 0 });
  }
  return out;
}

// src/image/capture.ts
import { createHash as createHash2 } from "node:crypto";

// src/binary/bytes.ts
function valid(offset, length) {
  return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0;
}
function bufferSource(buf, size = buf.length) {
  return {
    size,
    read: (offset, length) => valid(offset, length) && offset + length <= buf.length ? buf.subarray(offset, offset + length) : void 0
  };
}
function sparseSource(size, parts2) {
  return {
    size,
    read(offset, length) {
      if (!valid(offset, length)) return void 0;
      for (const p of parts2) {
        if (offset >= p.offset && offset + length <= p.offset + p.length) return p.read(offset - p.offset, length);
      }
      return void 0;
    }
  };
}
function readUpTo(src, offset, max) {
  let len = Math.min(max, Math.max(0, src.size - offset));
  while (len > 0) {
    const b = src.read(offset, len);
    if (b) return b;
    len = Math.floor(len / 2);
  }
  return void 0;
}

// src/binary/arm.ts
var TAG_FILE = 1;
var TAG_CPU_ARCH = 6;
var TAG_ABI_VFP_ARGS = 28;
function uleb(buf, pos, end) {
  let v = 0;
  let shift = 0;
  for (let i = pos; i < end && shift < 35; i++) {
    const b = buf[i];
    v += (b & 127) * 2 ** shift;
    shift += 7;
    if ((b & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function ntbs(buf, pos, end) {
  const nul = buf.indexOf(0, pos);
  return nul === -1 || nul >= end ? void 0 : nul + 1;
}
function readArmAttributes(buf, le) {
  if (buf.length < 5 || buf[0] !== 65) return void 0;
  const u322 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  let pos = 1;
  while (pos + 4 <= buf.length) {
    const len = u322(pos);
    const end = Math.min(buf.length, pos + len);
    if (len < 5) return void 0;
    const vendorEnd = ntbs(buf, pos + 4, end);
    if (vendorEnd === void 0) return void 0;
    if (buf.toString("latin1", pos + 4, vendorEnd - 1) === "aeabi") {
      let p = vendorEnd;
      while (p + 5 <= end) {
        const tag = buf[p];
        const size = u322(p + 1);
        const subEnd = Math.min(end, p + size);
        if (size < 5) return void 0;
        if (tag === TAG_FILE) return readTags(buf, p + 5, subEnd);
        p = subEnd;
      }
      return void 0;
    }
    pos = end;
  }
  return void 0;
}
function readTags(buf, start, end) {
  const out = {};
  let p = start;
  while (p < end) {
    const t = uleb(buf, p, end);
    if (!t) break;
    const [tag, next] = t;
    p = next;
    if (tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1) {
      const after = ntbs(buf, p, end);
      if (after === void 0) break;
      p = after;
      continue;
    }
    const v = uleb(buf, p, end);
    if (!v) break;
    p = v[1];
    if (tag === 32) {
      const after = ntbs(buf, p, end);
      if (after === void 0) break;
      p = after;
    }
    if (tag === TAG_CPU_ARCH) out.cpuArch = v[0];
    if (tag === TAG_ABI_VFP_ARGS) out.vfpArgs = v[0];
  }
  return out;
}

// src/binary/elf-reader.ts
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PF_X = 1;
var PF_W = 2;
var MAX_STRING = 4096;
var MAX_SECTIONS = 65535;
var MAX_PHDRS = 4096;
function isElf(buf) {
  return buf.length >= 4 && buf[0] === 127 && buf[1] === 69 && buf[2] === 76 && buf[3] === 70;
}
var ElfReader = class {
  constructor(src, le, is64) {
    this.src = src;
    this.le = le;
    this.is64 = is64;
  }
  src;
  le;
  is64;
  get wordSize() {
    return this.is64 ? 8 : 4;
  }
  u16(off) {
    const b = this.src.read(off, 2);
    return b && (this.le ? b.readUInt16LE(0) : b.readUInt16BE(0));
  }
  u32(off) {
    const b = this.src.read(off, 4);
    return b && (this.le ? b.readUInt32LE(0) : b.readUInt32BE(0));
  }
  /** A target-word value; 64-bit values past 2^53 come back as NaN so that every bounds check fails. */
  word(off, size = this.wordSize) {
    if (size === 4) return this.u32(off);
    const b = this.src.read(off, 8);
    if (!b) return void 0;
    const v = this.le ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : NaN;
  }
  /** A NUL-terminated string, from as many of its bytes as are at hand (a sparse file may end a range early). */
  cstring(off, max = MAX_STRING) {
    const b = readUpTo(this.src, off, max);
    if (!b) return void 0;
    const nul = b.indexOf(0);
    return nul === -1 ? void 0 : b.toString("latin1", 0, nul);
  }
};
function readPhdrs(r, phoff, phentsize, phnum) {
  const need = r.is64 ? 56 : 32;
  if (phnum > MAX_PHDRS || phentsize < need) return void 0;
  const out = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    const p = r.is64 ? { type: r.u32(o), flags: r.u32(o + 4), offset: r.word(o + 8), vaddr: r.word(o + 16), filesz: r.word(o + 32) } : { type: r.u32(o), offset: r.u32(o + 4), vaddr: r.u32(o + 8), filesz: r.u32(o + 16), flags: r.u32(o + 24) };
    if (p.type === void 0 || p.flags === void 0 || p.offset === void 0 || p.vaddr === void 0 || p.filesz === void 0) {
      return void 0;
    }
    out.push(p);
  }
  return out;
}
function vaddrToOffset(phdrs, vaddr) {
  for (const p of phdrs) {
    if (p.type === PT_LOAD && vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) return p.offset + (vaddr - p.vaddr);
  }
  return void 0;
}
function readSections(r) {
  const shoff = r.is64 ? r.word(40) : r.u32(32);
  const shentsize = r.u16(r.is64 ? 58 : 46);
  const shnum = r.u16(r.is64 ? 60 : 48);
  const shstrndx = r.u16(r.is64 ? 62 : 50);
  if (shoff === void 0 || !shentsize || !shnum || shstrndx === void 0 || shnum > MAX_SECTIONS) return void 0;
  if (shentsize < (r.is64 ? 64 : 40)) return void 0;
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    const s = r.is64 ? { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.word(o + 16), offset: r.word(o + 24), size: r.word(o + 32) } : { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.u32(o + 12), offset: r.u32(o + 16), size: r.u32(o + 20) };
    if (Object.values(s).some((v) => v === void 0)) return void 0;
    raw.push(s);
  }
  const strtab = raw[shstrndx];
  return raw.map((s) => ({
    name: (strtab && r.cstring(strtab.offset + s.nameOff, 256)) ?? "",
    type: s.type,
    offset: s.offset,
    size: s.size,
    addr: s.addr
  }));
}

// src/binary/gobuildinfo.ts
var MAGIC2 = Buffer.from("\xFF Go buildinf:", "latin1");
var SEARCH = 64 * 1024;
var MAX_STRING2 = 1 << 20;
function uvarint(buf, pos) {
  let v = 0;
  for (let shift = 0, i = pos; i < buf.length && shift <= 49; i++, shift += 7) {
    const b = buf[i];
    v += (b & 127) * 2 ** shift;
    if ((b & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function region(phdrs, sections) {
  const sec = sections?.find((s) => s.name === ".go.buildinfo");
  if (sec) return sec.offset;
  return phdrs.find((p) => p.type === PT_LOAD && (p.flags & PF_W) !== 0 && (p.flags & PF_X) === 0)?.offset;
}
function parseModinfo(text, goVersion) {
  const info = { goVersion, settings: {} };
  for (const line of text.split("\n")) {
    const [kind, a, b] = line.split("	");
    if (kind === "path" && a) info.path = a;
    else if (kind === "mod" && a) info.mainModule = { path: a, version: b ?? "" };
    else if (kind === "build" && a) {
      const eq = a.indexOf("=");
      if (eq > 0) info.settings[a.slice(0, eq)] = a.slice(eq + 1);
    }
  }
  return info;
}
function stripSentinels(s) {
  return s.length >= 33 && s.charCodeAt(s.length - 17) === 10 ? s.slice(16, -16) : s;
}
function readInline(buf, at) {
  const v = uvarint(buf, at);
  if (!v || v[0] > MAX_STRING2 || v[1] + v[0] > buf.length) return void 0;
  const version = buf.toString("utf8", v[1], v[1] + v[0]);
  const m = uvarint(buf, v[1] + v[0]);
  if (!m || m[0] > MAX_STRING2 || m[1] + m[0] > buf.length) return void 0;
  return [version, buf.toString("utf8", m[1], m[1] + m[0])];
}
function readPointers(src, toOffset, buf, at, ptrSize, bigEndian) {
  if (ptrSize !== 4 && ptrSize !== 8) return void 0;
  const ptr = (b, o) => {
    if (o + ptrSize > b.length) return void 0;
    if (ptrSize === 4) return bigEndian ? b.readUInt32BE(o) : b.readUInt32LE(o);
    const v = bigEndian ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : void 0;
  };
  const str = (addr) => {
    if (addr === void 0) return void 0;
    const hdrOff = toOffset(addr);
    const hdr = hdrOff === void 0 ? void 0 : src.read(hdrOff, ptrSize * 2);
    const data = hdr && ptr(hdr, 0);
    const len = hdr && ptr(hdr, ptrSize);
    if (data === void 0 || len === void 0 || len > MAX_STRING2) return void 0;
    const off = toOffset(data);
    return off === void 0 ? void 0 : src.read(off, len)?.toString("utf8");
  };
  const version = str(ptr(buf, at));
  const mod = str(ptr(buf, at + ptrSize));
  return version === void 0 ? void 0 : [version, mod ?? ""];
}
function readGoBuildInfo(r, phdrs, sections) {
  const start = region(phdrs, sections);
  if (start === void 0) return void 0;
  return readGoBuildInfoAt(r.src, start, (vaddr) => vaddrToOffset(phdrs, vaddr));
}
function readGoBuildInfoAt(src, start, toOffset) {
  const buf = readUpTo(src, start, SEARCH);
  if (!buf) return void 0;
  for (let i = buf.indexOf(MAGIC2); i !== -1 && i + 32 <= buf.length; i = buf.indexOf(MAGIC2, i + 1)) {
    if (i % 16 !== 0) continue;
    const ptrSize = buf[i + 14];
    const flags = buf[i + 15];
    const pair = flags & 2 ? readInline(buf, i + 32) : readPointers(src, toOffset, buf, i + 16, ptrSize, (flags & 1) !== 0);
    if (!pair || !pair[0].startsWith("go")) return void 0;
    return parseModinfo(stripSentinels(pair[1]), pair[0]);
  }
  return void 0;
}

// src/binary/elf.ts
var ElfClass = { ELF32: 1, ELF64: 2 };
var ElfData = { LSB: 1, MSB: 2 };
var ElfType = { REL: 1, EXEC: 2, DYN: 3, CORE: 4 };
var PT_INTERP = 3;
var DT_NEEDED = 1;
var DT_STRTAB = 5;
var DT_SONAME = 14;
var DT_RPATH = 15;
var DT_RUNPATH = 29;
var DT_FLAGS_1 = 1879048187;
var DT_VERDEF = 1879048188;
var DT_VERDEFNUM = 1879048189;
var DT_VERNEED = 1879048190;
var DT_VERNEEDNUM = 1879048191;
var DF_1_PIE = 134217728;
var DF_1_NODEFLIB = 2048;
var VER_FLG_WEAK = 2;
var SHT_ARM_ATTRIBUTES = 1879048195;
var EM_ARM = 40;
var MAX_DYN_ENTRIES = 65536;
var MAX_VERSION_ENTRIES = 4096;
var MAX_STRING3 = 4096;
function readVerneed(r, off, num, str) {
  const out = [];
  let at = off;
  let budget = MAX_VERSION_ENTRIES;
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const cnt = r.u16(at + 2);
    const file = r.u32(at + 4);
    const aux = r.u32(at + 8);
    const next = r.u32(at + 12);
    if (cnt === void 0 || file === void 0 || aux === void 0 || next === void 0) return void 0;
    const need = { file: str(file) ?? "", versions: [] };
    let a = at + aux;
    for (let j = 0; j < cnt && budget-- > 0; j++) {
      const flags = r.u16(a + 4);
      const name = r.u32(a + 8);
      const anext = r.u32(a + 12);
      if (flags === void 0 || name === void 0 || anext === void 0) return void 0;
      const text = str(name);
      if (text === void 0) return void 0;
      need.versions.push({ name: text, weak: (flags & VER_FLG_WEAK) !== 0 });
      if (anext === 0) break;
      a += anext;
    }
    if (need.file === "") return void 0;
    out.push(need);
    if (next === 0) break;
    at += next;
  }
  return out;
}
function readVerdef(r, off, num, str) {
  const out = [];
  let at = off;
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const flags = r.u16(at + 2);
    const cnt = r.u16(at + 6);
    const aux = r.u32(at + 12);
    const next = r.u32(at + 16);
    if (flags === void 0 || cnt === void 0 || aux === void 0 || next === void 0) return void 0;
    if (cnt > 0) {
      const name = r.u32(at + aux);
      const text = name === void 0 ? void 0 : str(name);
      if (text === void 0) return void 0;
      out.push(text);
    }
    if (next === 0) break;
    at += next;
  }
  return out;
}
function readDynamic(r, phdrs, dyn, facts2) {
  const ent = r.wordSize * 2;
  const entries = [];
  for (let i = 0; i < Math.min(Math.floor(dyn.filesz / ent), MAX_DYN_ENTRIES); i++) {
    const tag = r.word(dyn.offset + i * ent);
    const val = r.word(dyn.offset + i * ent + r.wordSize);
    if (tag === void 0 || val === void 0) return;
    if (tag === 0) break;
    entries.push([tag, val]);
  }
  const one = (tag) => entries.find((e) => e[0] === tag)?.[1];
  const flags1 = one(DT_FLAGS_1);
  if (flags1 !== void 0) facts2.flags1 = flags1;
  facts2.pie = ((flags1 ?? 0) & DF_1_PIE) !== 0;
  const strVaddr = one(DT_STRTAB);
  const strtab = strVaddr === void 0 ? void 0 : vaddrToOffset(phdrs, strVaddr);
  if (strtab === void 0) return;
  const str = (o) => r.cstring(strtab + o, MAX_STRING3);
  const lists = { [DT_NEEDED]: [], [DT_RUNPATH]: [], [DT_RPATH]: [] };
  for (const [tag, val] of entries) {
    const list2 = lists[tag];
    if (!list2) continue;
    const text = str(val);
    if (text === void 0) return;
    list2.push(text);
  }
  facts2.needed = lists[DT_NEEDED];
  facts2.runpath = (lists[DT_RUNPATH] ?? []).flatMap((t) => t.split(":")).filter(Boolean);
  facts2.rpath = (lists[DT_RPATH] ?? []).flatMap((t) => t.split(":")).filter(Boolean);
  const soname = one(DT_SONAME);
  if (soname !== void 0) {
    const text = str(soname);
    if (text !== void 0) facts2.soname = text;
  }
  const table = (addrTag, numTag, read) => {
    const addr = one(addrTag);
    if (addr === void 0) return void 0;
    const off = vaddrToOffset(phdrs, addr);
    const got = off === void 0 ? void 0 : read(r, off, one(numTag) ?? 0, str);
    if (got === void 0) facts2.versionsUnknown = true;
    return got;
  };
  const needs = table(DT_VERNEED, DT_VERNEEDNUM, readVerneed);
  if (needs?.length) facts2.versionNeeds = needs;
  const defs = table(DT_VERDEF, DT_VERDEFNUM, readVerdef);
  if (defs) facts2.versionDefs = defs;
}
function readComment(r, sections) {
  const c = sections?.find((s) => s.name === ".comment");
  return c ? r.cstring(c.offset, Math.min(c.size, 256))?.trim() || void 0 : void 0;
}
function linkageOf(f) {
  if (!f.hasDynamic) return "static";
  if (f.interpreter !== void 0 || f.interpreterBroken) return "dynamic";
  if (f.needed === void 0) return void 0;
  return f.flags1 !== void 0 && f.needed.length === 0 ? "static-pie" : "dynamic";
}
function parseElf(input) {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input;
  const ident = src.read(0, 16) ?? src.read(0, Math.min(src.size, 4));
  if (!ident || !isElf(ident)) return { format: "elf-error", reason: "not an ELF file" };
  const cls = ident[4];
  const data = ident[5];
  if (ident.length < 16 || !src.read(0, 52)) return { format: "elf-error", reason: "truncated ELF header" };
  if (cls !== ElfClass.ELF32 && cls !== ElfClass.ELF64) return { format: "elf-error", reason: `bad ELF class ${cls}` };
  if (data !== ElfData.LSB && data !== ElfData.MSB) return { format: "elf-error", reason: `bad ELF data ${data}` };
  const is64 = cls === ElfClass.ELF64;
  if (is64 && !src.read(0, 64)) return { format: "elf-error", reason: "truncated ELF header" };
  const r = new ElfReader(src, data === ElfData.LSB, is64);
  const facts2 = {
    format: "elf",
    bits: is64 ? 64 : 32,
    endian: data === ElfData.LSB ? "little" : "big",
    osabi: ident[7] ?? 0,
    type: r.u16(16),
    machine: r.u16(18),
    flags: r.u32(is64 ? 48 : 36),
    programHeadersRead: false,
    hasDynamic: false
  };
  if (facts2.machine === EM_ARM) {
    facts2.armEabi = facts2.flags >>> 24;
    if (facts2.flags & 1024) facts2.armFloat = "hard";
    else if (facts2.flags & 512) facts2.armFloat = "soft";
  }
  const phoff = is64 ? r.word(32) : r.u32(28);
  const phentsize = r.u16(is64 ? 54 : 42);
  const phnum = r.u16(is64 ? 56 : 44);
  const phdrs = phnum === 0 ? [] : readPhdrs(r, phoff, phentsize, phnum);
  const sections = readSections(r);
  if (phdrs) {
    facts2.programHeadersRead = true;
    const interp = phdrs.find((p) => p.type === PT_INTERP);
    if (interp) {
      const s = r.cstring(interp.offset, Math.min(interp.filesz, MAX_STRING3));
      if (s !== void 0) facts2.interpreter = s;
      else if (src.read(interp.offset, Math.min(interp.filesz, MAX_STRING3))) facts2.interpreterBroken = true;
    }
    const dyn = phdrs.find((p) => p.type === PT_DYNAMIC);
    facts2.hasDynamic = dyn !== void 0;
    if (dyn) readDynamic(r, phdrs, dyn, facts2);
    facts2.linkage = linkageOf(facts2);
    const go = readGoBuildInfo(r, phdrs, sections);
    if (go) facts2.go = go;
  }
  if (facts2.machine === EM_ARM) {
    const att = sections?.find((s) => s.type === SHT_ARM_ATTRIBUTES);
    const bytes = att && src.read(att.offset, Math.min(att.size, 64 * 1024));
    const arm = bytes && readArmAttributes(bytes, r.le);
    if (arm) facts2.arm = arm;
  }
  const compiler = readComment(r, sections);
  if (compiler) facts2.compiler = compiler;
  return facts2;
}

// src/binary/magic.ts
function identifyOther(b) {
  if (b.length >= 4 && b.readUInt32BE(0) === 6386541) return { format: "wasm" };
  if (b.length >= 4) {
    const m = b.readUInt32BE(0);
    if (m === 4277009102 || m === 4277009103 || m === 3472551422 || m === 3489328638) return { format: "macho" };
    if (m === 3405691582 && b.length >= 8 && b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 20) return { format: "macho" };
  }
  return void 0;
}

// src/binary/pe.ts
var PeMachine = {
  I386: 332,
  AMD64: 34404,
  ARM64: 43620,
  ARMNT: 452,
  ARM64EC: 42561,
  ARM64X: 42574
};
var IMAGE_FILE_EXECUTABLE_IMAGE = 2;
var IMAGE_FILE_DLL = 8192;
var PeSubsystem = { NATIVE: 1, WINDOWS_GUI: 2, WINDOWS_CUI: 3 };
var COMIMAGE_FLAGS_ILONLY = 1;
var COMIMAGE_FLAGS_32BITREQUIRED = 2;
var COMIMAGE_FLAGS_32BITPREFERRED = 131072;
var DIRECTORY_COM_DESCRIPTOR = 14;
var MAX_SECTIONS2 = 96;
var GO_DATA = 3221225536;
var SCN_ALIGN_32BYTES = 6291456;
function isPe(b) {
  if (b.length < 64 || b[0] !== 77 || b[1] !== 90) return false;
  const pe = b.readUInt32LE(60);
  return pe + 4 <= b.length && b.readUInt32BE(pe) === 1346699264;
}
function u162(src, off) {
  return src.read(off, 2)?.readUInt16LE(0);
}
function u32(src, off) {
  return src.read(off, 4)?.readUInt32LE(0);
}
function u64(src, off) {
  const b = src.read(off, 8);
  if (!b) return void 0;
  const v = b.readBigUInt64LE(0);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : void 0;
}
function readSections2(src, at, count2) {
  if (count2 > MAX_SECTIONS2) return void 0;
  const out = [];
  for (let i = 0; i < count2; i++) {
    const b = src.read(at + i * 40, 40);
    if (!b) return void 0;
    const nul = b.subarray(0, 8).indexOf(0);
    out.push({
      name: b.toString("latin1", 0, nul === -1 ? 8 : nul),
      virtualSize: b.readUInt32LE(8),
      virtualAddress: b.readUInt32LE(12),
      rawSize: b.readUInt32LE(16),
      rawOffset: b.readUInt32LE(20),
      characteristics: b.readUInt32LE(36)
    });
  }
  return out;
}
function rvaToOffset(sections, rva) {
  for (const s of sections) {
    const within = rva - s.virtualAddress;
    if (within >= 0 && within < Math.max(s.virtualSize, s.rawSize) && within < s.rawSize) return s.rawOffset + within;
  }
  return void 0;
}
function parsePe(input) {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input;
  const dos = src.read(0, 64);
  if (!dos || dos[0] !== 77 || dos[1] !== 90) return { format: "pe-error", reason: "not a PE file" };
  const lfanew = dos.readUInt32LE(60);
  const sig = src.read(lfanew, 4);
  if (!sig) return { format: "pe-error", reason: "truncated PE header" };
  if (sig.readUInt32BE(0) !== 1346699264) return { format: "pe-error", reason: "no PE signature (a DOS program)" };
  const coff = src.read(lfanew + 4, 20);
  if (!coff) return { format: "pe-error", reason: "truncated COFF header" };
  const characteristics = coff.readUInt16LE(18);
  const facts2 = {
    format: "pe",
    machine: coff.readUInt16LE(0),
    characteristics,
    dll: (characteristics & IMAGE_FILE_DLL) !== 0
  };
  const optSize = coff.readUInt16LE(16);
  const opt = lfanew + 24;
  const magic = optSize >= 2 ? u162(src, opt) : void 0;
  if (magic === 267 || magic === 523) facts2.bits = magic === 523 ? 64 : 32;
  const is64 = facts2.bits === 64;
  if (facts2.bits && optSize >= 72) {
    const sub = u162(src, opt + 68);
    if (sub !== void 0) facts2.subsystem = sub;
  }
  const sections = readSections2(src, opt + optSize, coff.readUInt16LE(2));
  if (!facts2.bits || !sections) return facts2;
  const dirsAt = opt + (is64 ? 112 : 96);
  const dirCount = u32(src, opt + (is64 ? 108 : 92)) ?? 0;
  const dirEnd = dirsAt + (DIRECTORY_COM_DESCRIPTOR + 1) * 8;
  if (dirCount > DIRECTORY_COM_DESCRIPTOR && dirEnd <= opt + optSize) {
    const rva = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8);
    const size = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8 + 4);
    if (rva && size && size >= 20) {
      const off = rvaToOffset(sections, rva);
      const flags = off === void 0 ? void 0 : u32(src, off + 16);
      if (flags === void 0) facts2.clrUnknown = true;
      else {
        facts2.clr = {
          flags,
          ilOnly: (flags & COMIMAGE_FLAGS_ILONLY) !== 0,
          requires32: (flags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0,
          prefers32: (flags & COMIMAGE_FLAGS_32BITPREFERRED) !== 0
        };
      }
    }
  }
  const imageBase = is64 ? u64(src, opt + 24) : u32(src, opt + 28);
  const data = sections.find(
    (s) => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  );
  if (data && imageBase !== void 0) {
    const go = readGoBuildInfoAt(src, data.rawOffset, (va) => rvaToOffset(sections, va - imageBase));
    if (go) facts2.go = go;
  }
  return facts2;
}
function peCapturePlan(src) {
  const { size } = src;
  const lfanew = u32(src, 60);
  if (lfanew === void 0) return [];
  const optSize = u162(src, lfanew + 20);
  const nsec = u162(src, lfanew + 6);
  const opt = lfanew + 24;
  const magic = u162(src, opt);
  if (optSize === void 0 || nsec === void 0 || magic !== 267 && magic !== 523) return [];
  const sections = readSections2(src, opt + optSize, nsec);
  if (!sections) return [];
  const wants = [];
  const is64 = magic === 523;
  const clrRva = u32(src, opt + (is64 ? 112 : 96) + DIRECTORY_COM_DESCRIPTOR * 8);
  const clrAt = clrRva ? rvaToOffset(sections, clrRva) : void 0;
  if (clrAt !== void 0) wants.push({ offset: clrAt, length: 72 });
  const data = sections.find(
    (s) => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  );
  if (data) wants.push({ offset: data.rawOffset, length: Math.min(data.rawSize, 64 * 1024) });
  return wants.filter((w) => Number.isSafeInteger(w.offset) && w.offset < size && w.length > 0);
}
function peCode(pe) {
  if (pe.clr?.ilOnly && pe.machine === PeMachine.I386) {
    if (!pe.clr.requires32 || pe.clr.prefers32) return { anyCpu: true };
    return { anyCpu: false, machine: PeMachine.I386 };
  }
  return { anyCpu: false, machine: pe.machine };
}
function isPeProgram(pe) {
  if (pe.dll || (pe.characteristics & IMAGE_FILE_EXECUTABLE_IMAGE) === 0 || pe.subsystem === void 0) return false;
  return pe.subsystem !== PeSubsystem.NATIVE && pe.subsystem < 10;
}

// src/binary/shebang.ts
var MAX_LINE = 256;
function parseShebang(buf) {
  if (buf.length < 3 || buf[0] !== 35 || buf[1] !== 33) return void 0;
  const head = Buffer.from(buf.subarray(2, Math.min(buf.length, MAX_LINE)));
  const nl = head.indexOf(10);
  const line = head.toString("latin1", 0, nl === -1 ? head.length : nl).replace(/\r$/, "").trim();
  if (line === "") return void 0;
  const m = /^(\S+)(?:[ \t]+(.*))?$/.exec(line);
  if (!m || !m[1]) return void 0;
  const argument = m[2]?.trim();
  return argument ? { format: "script", interpreter: m[1], argument } : { format: "script", interpreter: m[1] };
}

// src/binary/identify.ts
function identify(src) {
  const head = src.read(0, Math.min(src.size, 4096)) ?? src.read(0, Math.min(src.size, 4));
  if (!head || head.length === 0) return { format: "other" };
  if (isElf(head)) return parseElf(src);
  if (isPe(head)) return parsePe(src);
  return parseShebang(head) ?? identifyOther(head) ?? { format: "other" };
}

// src/binary/pieces.ts
var PIECE = 256 * 1024;
var Pieces = class {
  /** Bytes from `offset`, up to `limit` of them, in pieces of `size` (the last one as short as the limit allows). */
  constructor(offset, limit, size = PIECE) {
    this.offset = offset;
    this.size = size;
    this.max = Math.max(0, limit);
  }
  offset;
  size;
  pieces = [];
  max;
  /** Bytes held from `offset`, contiguous: what has streamed by of [offset, offset + limit). */
  length = 0;
  /** How many bytes it may hold. Raised as a head is sized; never below what it holds. */
  get limit() {
    return this.max;
  }
  set limit(n) {
    const last = this.pieces.length - 1;
    const piece = this.pieces[last];
    if (piece && piece.length < this.size && n > last * this.size + piece.length) {
      const longer = Buffer.allocUnsafeSlow(Math.min(this.size, n - last * this.size));
      piece.copy(longer);
      this.pieces[last] = longer;
    }
    this.max = Math.max(n, this.length);
  }
  /**
   * Keep what of `chunk` (the file's bytes at `pos`) falls within the limit, where it continues what is held: bytes it
   * already holds are written again (the same bytes, as a stream brings them), bytes after a gap are not kept.
   */
  put(chunk, pos) {
    const start = Math.max(pos, this.offset);
    const stop = Math.min(pos + chunk.length, this.offset + this.max);
    if (start >= stop || start - this.offset > this.length) return;
    let at = start - this.offset;
    let from = start - pos;
    const end = stop - this.offset;
    while (at < end) {
      const i = Math.floor(at / this.size);
      const piece = this.pieces[i] ??= Buffer.allocUnsafeSlow(Math.min(this.size, this.max - i * this.size));
      const n = chunk.copy(
        piece,
        at - i * this.size,
        from,
        from + Math.min(end - at, piece.length - (at - i * this.size))
      );
      at += n;
      from += n;
    }
    this.length = Math.max(this.length, end);
  }
  /** Keep what `other` holds that falls in this part's range (a range planned over a head already kept). */
  fillFrom(other) {
    other.pieces.forEach((piece, i) => {
      const at = i * other.size;
      this.put(piece.subarray(0, Math.max(0, Math.min(piece.length, other.length - at))), other.offset + at);
    });
  }
  read(at, length) {
    if (!valid(at, length) || at + length > this.length) return void 0;
    if (length === 0) return Buffer.alloc(0);
    const i = Math.floor(at / this.size);
    const inPiece = at - i * this.size;
    const first = this.pieces[i];
    if (inPiece + length <= first.length) return first.subarray(inPiece, inPiece + length);
    const out = Buffer.allocUnsafe(length);
    for (let done = 0, p = i, off = inPiece; done < length; p++, off = 0) {
      done += this.pieces[p].copy(out, done, off, off + length - done);
    }
    return out;
  }
};

// src/binary/plan.ts
var WINDOW = 256 * 1024;
var MAX_TABLE = 1024 * 1024;
function layoutOf(head) {
  const ident = head.read(0, 64);
  if (!ident || !isElf(ident)) return void 0;
  const is64 = ident[4] === 2;
  const r = new ElfReader(head, ident[5] !== 2, is64);
  const phoff = is64 ? r.word(32) : r.u32(28);
  const phentsize = r.u16(is64 ? 54 : 42) ?? 0;
  const phnum = r.u16(is64 ? 56 : 44) ?? 0;
  const phdrs = (phoff === void 0 ? void 0 : readPhdrs(r, phoff, phentsize, Math.min(phnum, 256))) ?? [];
  return { r, phdrs: phdrs.filter((p) => Number.isSafeInteger(p.offset) && Number.isSafeInteger(p.filesz)) };
}
function tableSegments({ phdrs }) {
  const first = phdrs.find((p) => p.type === PT_LOAD && p.offset === 0);
  const dyn = phdrs.find((p) => p.type === PT_DYNAMIC);
  if (!first || !(first.flags & PF_X) || !dyn) return [];
  return phdrs.filter(
    (p) => p.type === PT_LOAD && p !== first && !(p.flags & (PF_W | PF_X)) && p.offset < dyn.offset && p.filesz > 0
  );
}
function tableWants(l, size, budget) {
  const out = [];
  for (const p of tableSegments(l)) {
    const length = Math.min(p.filesz, size - p.offset, budget);
    if (length <= 0) break;
    out.push({ offset: p.offset, length });
    budget -= length;
  }
  return out;
}
function elfCapturePlan(head, budget = 0) {
  const l = layoutOf(head);
  if (!l) return [];
  const { size } = head;
  const wants = [{ offset: Math.max(0, size - WINDOW), length: Math.min(size, WINDOW) }];
  let loadEnd = 0;
  let dataStart;
  for (const p of l.phdrs) {
    if (p.type === PT_DYNAMIC) wants.push({ offset: p.offset, length: Math.min(p.filesz, WINDOW) });
    if (p.type === PT_LOAD) {
      loadEnd = Math.max(loadEnd, p.offset + p.filesz);
      if (dataStart === void 0 && p.flags & PF_W && !(p.flags & PF_X)) dataStart = p.offset;
    }
  }
  if (dataStart !== void 0) wants.push({ offset: dataStart, length: 64 * 1024 });
  if (loadEnd > 0) wants.push({ offset: loadEnd, length: WINDOW });
  wants.push(...tableWants(l, size, budget));
  const { r } = l;
  const shoff = r.is64 ? r.word(40) : r.u32(32);
  const shentsize = r.u16(r.is64 ? 58 : 46) ?? 0;
  const shnum = r.u16(r.is64 ? 60 : 48) ?? 0;
  if (shoff !== void 0 && shoff < size) wants.push({ offset: shoff, length: Math.min(shentsize * shnum, MAX_TABLE) });
  return wants.filter((w) => Number.isSafeInteger(w.offset) && w.offset >= 0 && w.offset < size && w.length > 0);
}
function capturePlan(head, budget = 0) {
  const first = head.read(0, Math.min(head.size, 4096)) ?? head.read(0, Math.min(head.size, 4));
  if (!first) return [];
  if (isElf(first)) return elfCapturePlan(head, budget);
  return isPe(first) ? peCapturePlan(head) : [];
}
function elfLargeExtent(head, budget) {
  const l = layoutOf(head);
  if (!l) return { head: 0, tables: 0 };
  const { size } = head;
  const tables = tableWants(l, size, budget).reduce((n, w) => n + w.length, 0);
  if (tableSegments(l).length > 0) return { head: 0, tables };
  const first = l.phdrs.find((p) => p.type === PT_LOAD && p.offset === 0);
  return { head: first ? Math.min(first.filesz, size) : 0, tables };
}

// src/image/capture.ts
var DEFAULT_LIMITS = { full: 4 * 1024 * 1024, head: 1024 * 1024, headMax: 32 * 1024 * 1024 };
var PAGE = 4096;
var PROBE = 64;
var HEADERS = 8192;
function isMz(first) {
  return first.length >= 2 && first[0] === 77 && first[1] === 90;
}
function kindOf(first, mode, size, limits) {
  if (isElf(first) || isMz(first)) return size <= limits.full ? "whole" : "sparse";
  const script = first.length >= 2 && first[0] === 35 && first[1] === 33;
  return (mode & 73) !== 0 || script ? "page" : "skip";
}
var spare = [];
var SPARE_MAX = 4;
function takeWhole(size, capacity) {
  const b = spare.pop();
  if (b && b.length >= size) return b;
  return Buffer.allocUnsafe(Math.max(size, capacity));
}
function giveWhole(b) {
  if (spare.length < SPARE_MAX) spare.push(b);
}
var largeHead = Promise.resolve();
async function takeLargeHead() {
  const before = largeHead;
  let release = () => {
  };
  largeHead = new Promise((resolve2) => release = resolve2);
  await before;
  return release;
}
async function captureEntry(stream, mode, size, limits = DEFAULT_LIMITS) {
  let kind;
  let hash;
  let whole;
  let head;
  let headLimit = limits.head;
  const tablesBudget = Math.max(0, (limits.headMax ?? limits.head) - limits.head);
  let sized = false;
  let ranges;
  let pos = 0;
  let release;
  const headSource = () => sparseSource(size, head ? [head] : []);
  const take = (chunk) => {
    hash?.update(chunk);
    if (whole) chunk.copy(whole, pos, 0, Math.max(0, Math.min(chunk.length, size - pos)));
    else head?.put(chunk, pos);
    if (kind === "sparse") {
      if (!ranges && sized && (head?.length ?? 0) >= headLimit) {
        ranges = capturePlan(headSource(), tablesBudget).map((w) => new Pieces(w.offset, w.length));
        for (const r of ranges) if (head) r.fillFrom(head);
      }
      for (const r of ranges ?? []) r.put(chunk, pos);
    }
    pos += chunk.length;
  };
  const sizeHead = async () => {
    sized = true;
    const extent = elfLargeExtent(headSource(), tablesBudget);
    const want = Math.min(Math.max(limits.head, extent.head), limits.headMax ?? limits.head);
    if (want > limits.head || extent.tables > 0) release = await takeLargeHead();
    headLimit = want;
    if (head) head.limit = Math.min(want, size);
    if ((head?.length ?? 0) >= headLimit) take(Buffer.alloc(0));
  };
  const drain = typeof stream.resume === "function" ? stream.resume : void 0;
  const probe = [];
  let probed = 0;
  const decide = (first = Buffer.concat(probe)) => {
    probe.length = 0;
    kind = kindOf(first, mode, size, limits);
    if (kind === "whole" || kind === "sparse") hash = createHash2("sha256");
    if (kind === "whole") whole = takeWhole(size, limits.full);
    if (kind === "sparse" || kind === "page") head = new Pieces(0, kind === "page" ? PAGE : size);
    if (first.length > 0) take(first);
  };
  const chunks = stream[Symbol.asyncIterator]();
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      const chunk = r.value;
      if (kind === void 0 && probed === 0 && chunk.length >= Math.min(PROBE, size)) {
        decide(chunk);
      } else if (kind === void 0) {
        probe.push(Buffer.from(chunk));
        probed += chunk.length;
        if (probed >= Math.min(PROBE, size)) decide();
      } else {
        take(chunk);
      }
      if (kind === "skip" && drain) {
        drain.call(stream);
        return {};
      }
      if (kind === "sparse" && !sized && (head?.length ?? 0) >= Math.min(HEADERS, size)) await sizeHead();
    }
    if (kind === void 0 && probed > 0) decide();
    if (kind === "sparse" && !sized) await sizeHead();
    if (kind === void 0 || kind === "skip") return {};
    const src = whole ? bufferSource(whole.subarray(0, Math.min(pos, size))) : sparseSource(pos, [...head ? [head] : [], ...ranges ?? []]);
    const out = { binary: identify(src) };
    if (hash) out.sha256 = hash.digest("hex");
    return out;
  } finally {
    release?.();
    if (whole) giveWhole(whole);
  }
}

// src/image/file-chunks.ts
import { open as open2 } from "node:fs/promises";
var FILE_CHUNK = 1024 * 1024;
var FileChunks = class {
  constructor(path4, range, chunk = FILE_CHUNK) {
    this.path = path4;
    this.range = range;
    this.chunk = chunk;
  }
  path;
  range;
  chunk;
  /**
   * When set, a chunk's memory is read into again two chunks later: the consumer must be done with chunk k when it
   * asks for chunk k + 2. Set it before asking for the chunks it applies to; the chunks before are fresh.
   */
  reuse = false;
  async *[Symbol.asyncIterator]() {
    const file = await open2(this.path, "r");
    try {
      const end = this.range ? this.range.end : (await file.stat()).size;
      const ring = [];
      let pos = this.range?.start ?? 0;
      for (let n = 0; pos < end; n++) {
        const want = Math.min(this.chunk, end - pos);
        const buf = this.reuse ? ring[n % 2] ??= Buffer.allocUnsafeSlow(this.chunk) : Buffer.allocUnsafeSlow(want);
        const { bytesRead } = await file.read(buf, 0, want, pos);
        if (bytesRead === 0) return;
        pos += bytesRead;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await file.close();
    }
  }
};

// src/image/peek.ts
async function peek(source, bytes) {
  const iter = source[Symbol.asyncIterator]();
  const parts2 = [];
  let length = 0;
  while (length < bytes) {
    const r = await iter.next();
    if (r.done) break;
    if (r.value.length === 0) continue;
    parts2.push(r.value);
    length += r.value.length;
  }
  const head = Buffer.concat(parts2, length);
  async function* stream() {
    try {
      if (head.length > 0) yield head;
      for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value;
    } finally {
      await iter.return?.();
    }
  }
  return { head, stream: stream() };
}

// src/image/source.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_JSON_BYTES = 16 * 1024 * 1024;
function parseIndex(source, bytes) {
  let idx;
  try {
    idx = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new UserError(`${source}: index.json is not valid JSON`);
  }
  if (!idx || !Array.isArray(idx.manifests)) throw new UserError(`${source}: index.json has no "manifests" list`);
  return idx;
}
function parseJsonBlob(source, desc, bytes) {
  verifyDigest(source, desc.digest, bytes);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new UserError(`${source}: blob ${desc.digest} is not valid JSON`);
  }
}
function layerMismatch(label, expected, got) {
  const what = expected.of === "uncompressed" ? `its diff_id ${expected.digest}` : "its digest";
  return new UserError(`layer ${label} does not match ${what} (got ${got}): the image is corrupt`);
}
function verifyDigest(source, digest, bytes) {
  const [algo, hex] = digest.split(":");
  if (algo !== "sha256" && algo !== "sha512") {
    throw new UserError(`${source}: unsupported digest algorithm in ${digest}`);
  }
  const actual = createHash3(algo).update(bytes).digest("hex");
  if (actual !== hex) {
    throw new UserError(
      `${source}: blob ${digest} does not match its digest (got ${algo}:${actual}); the image is corrupt`
    );
  }
}
function blobPath(digest) {
  const m = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/.exec(digest);
  if (!m) throw new UserError(`invalid digest "${digest}"`);
  return `blobs/${m[1]}/${m[2]}`;
}

// src/image/layer.ts
var MAX_CONFIG_TEXT = 256 * 1024;
var LD_CACHE = "/etc/ld.so.cache";
var MAX_LD_CACHE = 16 * 1024 * 1024;
function isKeptText(path4) {
  return path4 === "/etc/ld.so.conf" || path4 === "/etc/passwd" || /^\/etc\/ld\.so\.conf\.d\/[^/]+$/.test(path4) || /^\/etc\/ld-musl-[\w-]+\.path$/.test(path4);
}
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
function normalizeEntryPath(name) {
  const out = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}
function entryType(t) {
  switch (t) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "dir";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}
async function walkLayer(raw, expectedDigest, label) {
  const expected = typeof expectedDigest === "string" ? { digest: expectedDigest } : expectedDigest;
  label ??= expected?.digest ?? "layer";
  const algo = expected?.digest.startsWith("sha512:") ? "sha512" : "sha256";
  const uncompressed = expected?.of === "uncompressed";
  const got = await readLayer(raw, label, algo, uncompressed);
  const digest = uncompressed ? got.uncompressedDigest : got.digest;
  if (expected && digest !== expected.digest) throw layerMismatch(label, expected, digest);
  return got.entries;
}
function walkFile(path4, expected, range, label) {
  return walkLayer(new FileChunks(path4, range), expected, label);
}
async function entryOf(entry, bytes) {
  const h = entry.header;
  const type = entryType(h.type);
  const mode = h.mode ?? 0;
  const e = {
    path: normalizeEntryPath(h.name),
    type,
    mode,
    size: h.size ?? 0,
    uid: h.uid ?? 0,
    gid: h.gid ?? 0
  };
  if (h.linkname) e.linkname = h.linkname;
  if (type === "file" && isKeptText(e.path) && e.size <= MAX_CONFIG_TEXT) {
    e.text = (await readAll(bytes)).toString("utf8");
  } else if (type === "file" && e.path === LD_CACHE && e.size <= MAX_LD_CACHE) {
    e.ldCache = parseLdCache(await readAll(bytes)) ?? [];
  } else if (type === "file") {
    const kept = await captureEntry(bytes, mode, e.size);
    if (kept.binary) e.binary = kept.binary;
    if (kept.sha256) e.sha256 = kept.sha256;
  } else {
    entry.resume();
  }
  return e;
}
function layerError(err2, label) {
  if (err2 instanceof UserError || isTransient(err2)) return err2;
  return new UserError(`cannot read layer ${label}: ${errorMessage(err2)}`);
}
function bytesOf(entry, fromData) {
  const mark = (err2) => {
    if (typeof err2 === "object" && err2 !== null) fromData.add(err2);
    throw err2;
  };
  return {
    resume: () => entry.resume(),
    [Symbol.asyncIterator]: () => {
      const it = entry[Symbol.asyncIterator]();
      return {
        next: () => it.next().catch(mark),
        return: async (value) => it.return ? it.return(value) : { done: true, value }
      };
    }
  };
}
function written(stream, chunk) {
  return new Promise((resolve2, reject) => {
    const gone = () => reject(new Error("the decompressor closed before its input ended"));
    stream.once("close", gone);
    stream.write(chunk, (err2) => {
      stream.off("close", gone);
      if (err2) reject(err2);
      else resolve2();
    });
  });
}
async function feed(chunks, into) {
  let inflight = Promise.resolve();
  for await (const chunk of chunks) {
    await inflight;
    inflight = written(into, chunk);
    inflight.catch(() => void 0);
  }
  await inflight;
  into.end();
}
async function readLayer(raw, label, algo = "sha256", hashUncompressed = false) {
  const hash = createHash4(algo);
  const plainHash = hashUncompressed ? createHash4(algo) : void 0;
  let peeked;
  try {
    peeked = await peek(raw, MAGIC_BYTES);
  } catch (err2) {
    throw layerError(err2, label);
  }
  const { head, stream } = peeked;
  async function* hashed() {
    for await (const chunk of stream) {
      hash.update(chunk);
      yield chunk;
    }
  }
  const entries = [];
  const extract3 = tar.extract();
  const fromData = /* @__PURE__ */ new WeakSet();
  let bug;
  const consume = (async () => {
    for await (const entry of extract3) {
      try {
        entries.push(await entryOf(entry, bytesOf(entry, fromData)));
      } catch (err2) {
        if (!(typeof err2 === "object" && err2 !== null && fromData.has(err2))) bug ??= { error: err2 };
        throw err2;
      }
    }
  })();
  const kind = compressionOf(head);
  const decompress = decompressor(kind);
  const inTurns = decompress !== void 0 && raw instanceof FileChunks && consumesOnWrite(kind);
  if (inTurns) raw.reuse = true;
  const sink = extract3;
  const stages = [];
  const input = [];
  let fed = Promise.resolve();
  if (inTurns) {
    fed = feed(hashed(), decompress).catch((err2) => {
      decompress.destroy(err2);
    });
  } else {
    input.push(Readable.from(hashed()));
  }
  if (decompress) stages.push(decompress);
  if (plainHash) {
    stages.push(
      new Transform({
        transform(chunk, _enc, cb) {
          plainHash.update(chunk);
          cb(null, chunk);
        }
      })
    );
  }
  const done = pipeline([...input, ...stages, sink]);
  try {
    await Promise.all([done, consume, fed]);
  } catch (err2) {
    await fed;
    if (bug) throw bug.error;
    throw layerError(err2, label);
  }
  const digest = `${algo}:${hash.digest("hex")}`;
  return {
    entries,
    digest,
    ...hashUncompressed ? { uncompressedDigest: plainHash ? `${algo}:${plainHash.digest("hex")}` : digest } : {},
    compressed: decompress !== void 0
  };
}

// src/image/tar-index.ts
import { open as open3 } from "node:fs/promises";
var BLOCK = 512;
var MAX_MEMBERS = 1e6;
var MAX_META = 1024 * 1024;
function octal(b, at, len) {
  if ((b[at] ?? 0) & 128) {
    let v = b[at] & 127;
    for (let i = 1; i < len; i++) v = v * 256 + b[at + i];
    return Number.isSafeInteger(v) ? v : void 0;
  }
  const text = b.toString("latin1", at, at + len).replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : void 0;
}
function cstr(b, at, len) {
  const s = b.subarray(at, at + len);
  const nul = s.indexOf(0);
  return s.toString("utf8", 0, nul === -1 ? s.length : nul);
}
function checksumOk(h) {
  const want = octal(h, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return want === sum;
}
function paxRecords(b) {
  const out = {};
  let at = 0;
  while (at < b.length) {
    const sp = b.indexOf(32, at);
    const len = sp === -1 ? NaN : Number(b.toString("latin1", at, sp));
    if (!Number.isSafeInteger(len) || len <= 0 || at + len > b.length) break;
    const rec = b.toString("utf8", sp + 1, at + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    at += len;
  }
  return out;
}
async function indexTar(path4, name) {
  const fh = await open3(path4, "r");
  const out = /* @__PURE__ */ new Map();
  try {
    const { size: fileSize } = await fh.stat();
    if (fileSize < BLOCK) throw new UserError(`${name}: not a readable tar archive (${fileSize} bytes)`);
    const header = Buffer.alloc(BLOCK);
    let at = 0;
    let longName;
    let pax = {};
    const readAt = async (buf, pos) => (await fh.read(buf, 0, buf.length, pos)).bytesRead;
    while (at + BLOCK <= fileSize) {
      if (await readAt(header, at) < BLOCK) break;
      if (header.every((x) => x === 0)) break;
      if (!checksumOk(header)) throw new UserError(`${name}: not a readable tar archive (no tar header at ${at})`);
      const type = String.fromCharCode(header[156] || 48);
      const declared2 = octal(header, 124, 12);
      const size = pax.size !== void 0 && /^\d+$/.test(pax.size) ? Number(pax.size) : declared2;
      if (size === void 0 || !Number.isSafeInteger(size))
        throw new UserError(`${name}: not a readable tar archive (bad size in a header at ${at})`);
      const data = at + BLOCK;
      if (data + size > fileSize)
        throw new UserError(`${name}: not a readable tar archive (cut short at ${fileSize} bytes)`);
      const next = data + Math.ceil(size / BLOCK) * BLOCK;
      if (type === "x" || type === "L") {
        if (size > MAX_META) throw new UserError(`${name}: not a readable tar archive (a ${size}-byte header record)`);
        const meta = Buffer.alloc(size);
        await readAt(meta, data);
        if (type === "x") pax = paxRecords(meta);
        else longName = cstr(meta, 0, size);
      } else if (type === "g" || type === "K") {
      } else {
        const prefix = cstr(header, 345, 155);
        const short = cstr(header, 0, 100);
        const full = pax.path ?? longName ?? (prefix ? `${prefix}/${short}` : short);
        if (type === "0" || type === "\0" || type === "7") {
          if (out.size >= MAX_MEMBERS) throw new UserError(`${name}: more than ${MAX_MEMBERS} files`);
          out.set(normalizeEntryPath(full).slice(1), { offset: data, size });
        }
        pax = {};
        longName = void 0;
      }
      at = next;
    }
    return out;
  } finally {
    await fh.close();
  }
}
async function readMember(path4, m) {
  const fh = await open3(path4, "r");
  try {
    const buf = Buffer.alloc(m.size);
    const { bytesRead } = await fh.read(buf, 0, m.size, m.offset);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

// src/image/types.ts
var MediaType = {
  OciIndex: "application/vnd.oci.image.index.v1+json",
  OciManifest: "application/vnd.oci.image.manifest.v1+json",
  OciConfig: "application/vnd.oci.image.config.v1+json",
  DockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  DockerConfig: "application/vnd.docker.container.image.v1+json"
};
function isIndexMediaType(mt) {
  return mt === MediaType.OciIndex || mt === MediaType.DockerList;
}
function isManifestMediaType(mt) {
  return mt === MediaType.OciManifest || mt === MediaType.DockerManifest;
}
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform?.architecture === "unknown";
}

// src/image/archive.ts
var LAYER_MAGIC_BYTES = 262;
function looksLikeLayer(first) {
  if (compressionOf(first) !== "none") return true;
  return first.length >= LAYER_MAGIC_BYTES && first.toString("latin1", 257, LAYER_MAGIC_BYTES) === "ustar";
}
async function scanPipe(name, input) {
  const files = /* @__PURE__ */ new Map();
  const walked = /* @__PURE__ */ new Map();
  const extract3 = tar2.extract();
  let bug;
  input.on("error", (err2) => extract3.destroy(err2));
  input.pipe(extract3);
  try {
    for await (const entry of extract3) {
      const rel = normalizeEntryPath(entry.header.name).slice(1);
      if (entry.header.type !== "file" && entry.header.type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      const { head, stream } = await peek(entry, LAYER_MAGIC_BYTES);
      if (looksLikeLayer(head)) {
        const layer = await readLayer(stream, rel, "sha256", true).catch((err2) => {
          if (!(err2 instanceof UserError)) bug = { error: err2 };
          throw err2;
        });
        walked.set(rel, layer);
        continue;
      }
      const chunks = [];
      let size = 0;
      for await (const chunk of stream) {
        size += chunk.length;
        if (size <= MAX_JSON_BYTES) chunks.push(Buffer.from(chunk));
      }
      if (size <= MAX_JSON_BYTES) files.set(rel, Buffer.concat(chunks));
    }
  } catch (err2) {
    if (bug) throw bug.error;
    if (err2 instanceof UserError) throw new UserError(`${name}: ${err2.message}`);
    throw new UserError(`${name}: not a readable tar archive (${errorMessage(err2)})`);
  }
  return { kind: "pipe", files, walked };
}
var sha256 = (b) => `sha256:${createHash5("sha256").update(b).digest("hex")}`;
function wellFormed2(e) {
  if (!e || typeof e !== "object") return false;
  const { Config, Layers } = e;
  return (Config === void 0 || typeof Config === "string") && (Layers === void 0 || Array.isArray(Layers) && Layers.every((l) => typeof l === "string"));
}
var ArchiveSource = class _ArchiveSource {
  constructor(name, store) {
    this.name = name;
    this.store = store;
  }
  name;
  store;
  /** Manifests and configs made up for a manifest.json-only archive, by their digest. */
  synthetic = /* @__PURE__ */ new Map();
  /** Legacy layers: the synthetic descriptor's digest (the diff_id) to the layer tar's path. */
  layerPaths = /* @__PURE__ */ new Map();
  index;
  static async open(kind, path4) {
    const name = `${kind}:${path4}`;
    const st = await stat2(path4).catch(() => void 0);
    if (!st?.isFile()) throw new UserError(`${name}: no such file`);
    const source = new _ArchiveSource(name, { kind: "file", path: path4, members: await indexTar(path4, name) });
    source.index = await source.buildIndex();
    return source;
  }
  /** An archive that can be read only once (`docker save` on a pipe). */
  static async fromStream(name, input) {
    const source = new _ArchiveSource(name, await scanPipe(name, input));
    source.index = await source.buildIndex();
    return source;
  }
  /** A small file of the archive (a JSON document), or undefined when it is not there or too large. */
  async file(rel) {
    if (this.store.kind === "pipe") return this.store.files.get(rel);
    const m = this.store.members.get(rel);
    if (!m || m.size > MAX_JSON_BYTES) return void 0;
    return readMember(this.store.path, m);
  }
  async buildIndex() {
    const oci = await this.file("index.json");
    if (oci) return parseIndex(this.name, oci);
    const legacy = await this.file("manifest.json");
    if (!legacy)
      throw new UserError(`${this.name}: neither an OCI layout (index.json) nor a docker save archive (manifest.json)`);
    return this.legacyIndex(legacy);
  }
  /** docker save before Docker 25: manifest.json names each image's config file and layer tars. */
  async legacyIndex(bytes) {
    let entries;
    try {
      entries = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new UserError(`${this.name}: manifest.json is not valid JSON`);
    }
    if (!Array.isArray(entries) || !entries.every(wellFormed2))
      throw new UserError(`${this.name}: manifest.json is not a list of images with a Config and Layers file names`);
    const manifests = [];
    for (const e of entries) {
      const configBytes = e.Config ? await this.file(normalizeEntryPath(e.Config).slice(1)) : void 0;
      if (!e.Config || !configBytes)
        throw new UserError(`${this.name}: manifest.json names a missing config ${e.Config ?? ""}`);
      const config = this.legacyConfig(e.Config, configBytes);
      const configDesc = {
        mediaType: MediaType.DockerConfig,
        digest: sha256(configBytes),
        size: configBytes.length
      };
      this.synthetic.set(configDesc.digest, configBytes);
      const layers = (e.Layers ?? []).map((p, i) => {
        const path4 = normalizeEntryPath(p).slice(1);
        const diffId = config.rootfs?.diff_ids?.[i];
        const digest = typeof diffId === "string" ? diffId : `sha256:missing-${i}`;
        this.layerPaths.set(digest, {
          path: path4,
          ...typeof diffId === "string" ? { expected: { digest: diffId, of: "uncompressed" } } : {}
        });
        return { mediaType: "application/vnd.docker.image.rootfs.diff.tar", digest, size: 0 };
      });
      const manifest = { schemaVersion: 2, mediaType: MediaType.DockerManifest, config: configDesc, layers };
      const mBytes = Buffer.from(JSON.stringify(manifest));
      const desc = { mediaType: MediaType.DockerManifest, digest: sha256(mBytes), size: mBytes.length };
      if (config.architecture)
        desc.platform = {
          os: config.os ?? "linux",
          architecture: config.architecture,
          ...config.variant ? { variant: config.variant } : {}
        };
      const tag = e.RepoTags?.[0];
      if (tag) desc.annotations = { "org.opencontainers.image.ref.name": tag };
      this.synthetic.set(desc.digest, mBytes);
      manifests.push(desc);
    }
    return { schemaVersion: 2, manifests };
  }
  /** A config file named by manifest.json; it is not content-addressed, so it is only parsed. */
  legacyConfig(path4, bytes) {
    let config;
    try {
      config = JSON.parse(bytes.toString("utf8"));
    } catch {
      config = void 0;
    }
    if (!config || typeof config !== "object" || Array.isArray(config))
      throw new UserError(`${this.name}: config ${path4} is not a valid JSON object`);
    return config;
  }
  async rootIndex() {
    return this.index;
  }
  async json(desc) {
    const bytes = this.synthetic.get(desc.digest) ?? await this.file(blobPath(desc.digest));
    if (!bytes) throw new UserError(`${this.name}: missing blob ${desc.digest}`);
    return parseJsonBlob(this.name, desc, bytes);
  }
  async blob(desc) {
    const legacy = this.layerPaths.get(desc.digest);
    const path4 = legacy?.path ?? blobPath(desc.digest);
    const expected = legacy ? legacy.expected : { digest: desc.digest };
    const label = legacy ? path4 : desc.digest;
    if (this.store.kind === "file") {
      const m = this.store.members.get(path4);
      if (!m) throw new UserError(`${this.name}: missing layer blob ${label}`);
      const range = { start: m.offset, end: m.offset + m.size };
      return { kind: "file", path: this.store.path, range, label, ...expected ? { expected } : {} };
    }
    const walked = this.store.walked.get(path4);
    if (walked) return { kind: "walked", entries: Promise.resolve(this.checked(walked, expected, label)) };
    const bytes = this.store.files.get(path4);
    if (!bytes) throw new UserError(`${this.name}: missing layer blob ${label}`);
    return { kind: "walked", entries: walkLayer(Readable2.from([bytes]), expected, label) };
  }
  /** A layer walked as it went by, checked against what it must hash to. */
  checked(walked, expected, label) {
    if (!expected) return walked.entries;
    const got = expected.of === "uncompressed" ? walked.uncompressedDigest : walked.digest;
    if (got !== expected.digest) throw layerMismatch(label, expected, got);
    return walked.entries;
  }
  async close() {
  }
};

// src/image/docker.ts
import { spawn } from "node:child_process";
async function openDockerImage(ref) {
  if (ref === "" || ref.startsWith("-")) throw new UserError(`invalid image reference "${ref}"`);
  const name = `docker:${ref}`;
  const child2 = spawn("docker", ["save", ref], { stdio: ["ignore", "pipe", "pipe"], shell: false });
  let stderr = "";
  child2.stderr.on("data", (d) => {
    stderr = (stderr + d.toString("utf8")).slice(-4096);
  });
  const exited = new Promise((resolve2) => {
    child2.on("error", () => resolve2(-1));
    child2.on("close", (code3) => resolve2(code3 ?? -1));
  });
  let source;
  let readError;
  try {
    source = await ArchiveSource.fromStream(name, child2.stdout);
  } catch (err2) {
    readError = err2;
  }
  const code2 = await exited;
  if (code2 !== 0) {
    const why2 = stderr.trim().split("\n").pop() || (code2 === -1 ? "docker is not installed or not on PATH" : `exit code ${code2}`);
    throw new UserError(`${name}: docker save failed: ${why2}`);
  }
  if (readError) throw readError;
  return source;
}

// src/image/oci-layout.ts
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import { join as join2 } from "node:path";
var OciDirSource = class _OciDirSource {
  constructor(name, dir) {
    this.name = name;
    this.dir = dir;
  }
  name;
  dir;
  static async open(dir) {
    const name = `oci:${dir}`;
    const st = await stat3(dir).catch(() => void 0);
    if (!st?.isDirectory()) throw new UserError(`${name}: no such directory`);
    const layout = await stat3(join2(dir, "index.json")).catch(() => void 0);
    if (!layout) throw new UserError(`${name}: not an OCI image layout (no index.json)`);
    return new _OciDirSource(name, dir);
  }
  async rootIndex() {
    return parseIndex(this.name, await readFile2(join2(this.dir, "index.json")));
  }
  async json(desc) {
    if (desc.size > MAX_JSON_BYTES) throw new UserError(`${this.name}: blob ${desc.digest} is too large for JSON`);
    const bytes = await readFile2(join2(this.dir, blobPath(desc.digest))).catch((err2) => {
      throw new UserError(`${this.name}: missing blob ${desc.digest} (${errorMessage(err2)})`);
    });
    return parseJsonBlob(this.name, desc, bytes);
  }
  async blob(desc) {
    const path4 = join2(this.dir, blobPath(desc.digest));
    if (!await stat3(path4).catch(() => void 0))
      throw new UserError(`${this.name}: missing layer blob ${desc.digest}`);
    return { kind: "file", path: path4, expected: { digest: desc.digest } };
  }
  async close() {
  }
};

// src/image/registry/client.ts
import { Readable as Readable3 } from "node:stream";

// src/image/registry/reference.ts
var PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
function parseReference(text) {
  const bad = (why2) => new UserError(`invalid image reference "${text}": ${why2}`);
  let rest = text.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad("the digest must be sha256:<64 hex>");
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasHost = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = hasHost ? first : "docker.io";
  let remainder = hasHost ? rest.slice(slash + 1) : rest;
  let tag;
  const colon = remainder.lastIndexOf(":");
  if (colon >= 0) {
    tag = remainder.slice(colon + 1);
    remainder = remainder.slice(0, colon);
    if (!TAG.test(tag)) throw bad("the tag may hold letters, digits, _ . and -");
  }
  if (!PATH.test(remainder)) throw bad("the repository must be lowercase letters, digits and separators");
  if (registry === "index.docker.io") registry = "docker.io";
  const repository = registry === "docker.io" && !remainder.includes("/") ? `library/${remainder}` : remainder;
  const ref = { registry, apiHost: registry === "docker.io" ? "registry-1.docker.io" : registry, repository };
  if (digest) ref.digest = digest;
  else ref.tag = tag ?? "latest";
  if (digest && tag) ref.tag = tag;
  return ref;
}
function manifestRef(ref) {
  return ref.digest ?? ref.tag ?? "latest";
}
function schemeFor(host) {
  const name = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return name === "localhost" || name.startsWith("127.") || name === "::1" ? "http" : "https";
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

// src/image/registry/client.ts
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var MAX_REDIRECTS = 5;
var HttpError = class extends Error {
  constructor(message3, status, response) {
    super(message3);
    this.status = status;
    this.response = response;
  }
  status;
  response;
};
var NetworkError = class extends Error {
  retryable = true;
};
function parseChallenge(header) {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  const params = {};
  for (const p of (m?.[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g)) {
    params[p[1].toLowerCase()] = p[2] ?? p[3] ?? "";
  }
  return { scheme: (m?.[1] ?? "").toLowerCase(), params };
}
function headersOf(res) {
  const out = {};
  res.headers.forEach((v, k) => out[k] = v);
  return out;
}
var RegistryClient = class {
  constructor(ref, opts = {}) {
    this.ref = ref;
    this.opts = opts;
    this.base = `${schemeFor(ref.apiHost)}://${ref.apiHost}/v2/${ref.repository}`;
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.timeoutMs = opts.timeoutMs ?? 6e4;
  }
  ref;
  opts;
  authorization;
  base;
  retry;
  timeoutMs;
  get name() {
    return `registry:${formatReference(this.ref)}`;
  }
  /**
   * One GET with redirects followed by hand: credentials go only to the registry's own origin. The timeout covers
   * the wait for headers only; a body is watched chunk by chunk (readBody), so a slow, steady download of a large
   * layer is never cut, and a stalled one is.
   */
  async fetchOnce(url, accept) {
    const origin = new URL(url).origin;
    let target = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers = { "user-agent": "multiarch-verify" };
      if (accept) headers.accept = accept;
      if (this.authorization && new URL(target).origin === origin) headers.authorization = this.authorization;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), this.timeoutMs);
      let res;
      try {
        res = await fetch(target, { headers, redirect: "manual", signal: abort.signal });
      } catch (err2) {
        const why2 = abort.signal.aborted ? `no answer in ${this.timeoutMs / 1e3}s` : err2.message;
        throw new NetworkError(`${new URL(target).host}: ${why2}`);
      } finally {
        clearTimeout(timer);
      }
      const location3 = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location3) {
        await res.body?.cancel();
        target = new URL(location3, target).toString();
        continue;
      }
      return { res, abort };
    }
    throw new UserError(`${this.name}: too many redirects`);
  }
  async token(challenge) {
    const { scheme, params } = parseChallenge(challenge);
    const creds = this.opts.credentials;
    if (scheme === "basic") {
      if (!creds || !("username" in creds))
        throw new UserError(`${this.name}: the registry needs a login; run docker login ${this.ref.registry}`);
      this.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`;
      return;
    }
    if (scheme !== "bearer" || !params.realm)
      throw new UserError(`${this.name}: unsupported authentication challenge "${challenge}"`);
    const realm = new URL(params.realm);
    const scope = params.scope ?? `repository:${this.ref.repository}:pull`;
    let res;
    try {
      if (creds && "identityToken" in creds) {
        const form = new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: creds.identityToken,
          service: params.service ?? "",
          scope,
          client_id: "multiarch-verify"
        });
        res = await fetch(realm, { method: "POST", body: form, signal: AbortSignal.timeout(this.timeoutMs) });
      } else {
        if (params.service) realm.searchParams.set("service", params.service);
        realm.searchParams.set("scope", scope);
        const headers = {};
        if (creds)
          headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`;
        res = await fetch(realm, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
      }
    } catch (err2) {
      throw new NetworkError(`token endpoint ${realm.host}: ${err2.message}`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      const msg = `${this.name}: the token endpoint ${realm.origin}${realm.pathname} answered ${res.status}`;
      if (res.status >= 500 || res.status === 429) throw new HttpError(msg, res.status, { headers: headersOf(res) });
      throw new UserError(`${msg}${res.status === 401 ? "; check the credentials (docker login)" : ""}`);
    }
    const body = await res.json().catch(() => ({}));
    const token = body.token ?? body.access_token;
    if (!token) throw new UserError(`${this.name}: the token endpoint answered without a token`);
    this.authorization = `Bearer ${token}`;
  }
  /**
   * GET a path of the repository, authenticating once when challenged, and hand the answer to `consume`. The whole
   * (request and consumption) is retried on 429/5xx and network errors, so a body cut short is fetched again.
   */
  get(path4, accept, consume) {
    return withRetry(async () => {
      let answer = await this.fetchOnce(`${this.base}/${path4}`, accept);
      const challenge = answer.res.headers.get("www-authenticate");
      if (answer.res.status === 401 && challenge) {
        await answer.res.body?.cancel();
        await this.token(challenge);
        answer = await this.fetchOnce(`${this.base}/${path4}`, accept);
      }
      const res = answer.res;
      if (res.ok) return consume(answer);
      await res.body?.cancel();
      const what = path4.startsWith("manifests/") ? `manifest ${path4.slice(10)}` : `blob ${path4.slice(6)}`;
      const msg = `${this.name}: ${what}: HTTP ${res.status}`;
      if (res.status >= 500 || res.status === 429) throw new HttpError(msg, res.status, { headers: headersOf(res) });
      if (res.status === 401 || res.status === 403)
        throw new UserError(`${this.name}: not authorized to pull; run docker login ${this.ref.registry}`);
      if (res.status === 404) throw new UserError(`${this.name}: ${what} not found`);
      throw new UserError(msg);
    }, this.retry).catch((err2) => {
      if (err2 instanceof UserError) throw err2;
      throw new UserError(err2 instanceof HttpError ? err2.message : `${this.name}: ${err2.message}`);
    });
  }
  async manifest(reference) {
    return this.get(`manifests/${reference}`, MANIFEST_ACCEPT, async ({ res, abort }) => {
      const bytes = await this.readAll(res, abort, `manifest ${reference}`);
      const out = {
        bytes,
        mediaType: (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? ""
      };
      const digest = res.headers.get("docker-content-digest");
      if (digest) out.digest = digest;
      return out;
    });
  }
  /** A small blob (a config), whole; refused past MAX_JSON_BYTES rather than buffered. */
  async blobBytes(digest) {
    return this.get(`blobs/${digest}`, void 0, ({ res, abort }) => this.readAll(res, abort, `blob ${digest}`));
  }
  async readAll(res, abort, what) {
    const declared2 = Number(res.headers.get("content-length"));
    const tooLarge = () => new UserError(`${this.name}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`);
    if (declared2 > MAX_JSON_BYTES) {
      abort.abort();
      throw tooLarge();
    }
    const parts2 = [];
    let size = 0;
    for await (const chunk of readBody(res, abort, this.timeoutMs, `${this.name}: ${what}`)) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) {
        abort.abort();
        throw tooLarge();
      }
      parts2.push(chunk);
    }
    return Buffer.concat(parts2);
  }
  /**
   * A layer's body as a stream. It cannot be retried here once it flows (the consumer has seen its bytes): a stall
   * or a cut ends it with a transient error, and the caller reads the layer again from the start.
   */
  async blobStream(digest) {
    const answer = await this.get(`blobs/${digest}`, void 0, async (a) => a);
    return Readable3.from(readBody(answer.res, answer.abort, this.timeoutMs, `${this.name}: blob ${digest}`));
  }
};
async function* readBody(res, abort, timeoutMs, what) {
  if (!res.body) return;
  const reader = res.body.getReader();
  let received = 0;
  for (; ; ) {
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      abort.abort();
    }, timeoutMs);
    let r;
    try {
      r = await reader.read();
    } catch (err2) {
      await reader.cancel().catch(() => void 0);
      throw new NetworkError(
        stalled ? `${what} stalled: nothing for ${timeoutMs / 1e3}s after ${received} bytes` : `${what} was cut short after ${received} bytes (${err2.message})`
      );
    } finally {
      clearTimeout(timer);
    }
    if (r.done) return;
    received += r.value.length;
    yield Buffer.from(r.value);
  }
}

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os from "os";
import * as events from "events";
import * as child from "child_process";
import * as path3 from "path";

// node_modules/@actions/io/lib/io.js
import * as path2 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
import * as path from "path";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir: mkdir2, open: open4, readdir: readdir2, rename: rename2, rm: rm2, rmdir, stat: stat4, symlink, unlink } = fs.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    try {
      yield stat4(fsPath);
    } catch (err2) {
      if (err2.code === "ENOENT") {
        return false;
      }
      throw err2;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat4(filePath);
    } catch (err2) {
      if (err2.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err2}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat4(filePath);
      } catch (err2) {
        if (err2.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err2}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path.dirname(filePath);
            const upperName = path.basename(filePath).toUpperCase();
            for (const actualName of yield readdir2(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            }
          } catch (err2) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err2}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches2 = yield findInPath(tool);
    if (matches2 && matches2.length > 0) {
      return matches2[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path2.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path2.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path2.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches2 = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path2.join(directory, tool), extensions);
      if (filePath) {
        matches2.push(filePath);
      }
    }
    return matches2;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message3) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message3);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os.EOL.length);
        n = s.indexOf(os.EOL);
      }
      return s;
    } catch (err2) {
      this._debug(`error processing line. Failed with error ${err2}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter3(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path3.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter3(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message3) => {
          this._debug(message3);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err2) => {
          state.processError = err2.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          this._debug(`Exit code ${code2} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error) {
            reject(error);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message3) {
    this.emit("debug", message3);
  }
  _setResult() {
    let error;
    if (this.processExited) {
      if (this.processError) {
        error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message3 = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message3);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// src/image/registry/credentials.ts
import { readFile as readFile3 } from "node:fs/promises";
import { homedir as homedir2 } from "node:os";
import { join as join5 } from "node:path";
function configKeys(registry) {
  if (registry === "docker.io")
    return ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"];
  return [registry, `https://${registry}`, `http://${registry}`];
}
async function readConfig(env) {
  const path4 = join5(env.DOCKER_CONFIG || join5(homedir2(), ".docker"), "config.json");
  let text;
  try {
    text = await readFile3(path4, "utf8");
  } catch {
    return void 0;
  }
  try {
    return { path: path4, config: JSON.parse(text) };
  } catch {
    throw new UserError(`${path4} is not valid JSON; fix it or point DOCKER_CONFIG elsewhere`);
  }
}
async function fromHelper(helper, server, env) {
  if (!/^[\w.-]+$/.test(helper)) throw new UserError(`invalid credential helper name "${helper}" in the Docker config`);
  const r = await getExecOutput(`docker-credential-${helper}`, ["get"], {
    input: Buffer.from(server),
    silent: true,
    ignoreReturnCode: true,
    env
  }).catch(() => void 0);
  if (!r || r.exitCode !== 0) return void 0;
  try {
    const j = JSON.parse(r.stdout);
    if (!j.Secret) return void 0;
    return j.Username === "<token>" ? { identityToken: j.Secret } : { username: j.Username ?? "", password: j.Secret };
  } catch {
    throw new UserError(`docker-credential-${helper} answered something that is not JSON`);
  }
}
async function credentialsFor(registry, env = process.env) {
  const found = await readConfig(env);
  if (!found) return void 0;
  const { config } = found;
  for (const key of configKeys(registry)) {
    const helper = config.credHelpers?.[key];
    if (helper) return fromHelper(helper, key, env);
  }
  for (const key of configKeys(registry)) {
    const a = config.auths?.[key];
    if (!a) continue;
    if (a.identitytoken) return { identityToken: a.identitytoken };
    if (a.auth) {
      const plain2 = Buffer.from(a.auth, "base64").toString("utf8");
      const colon = plain2.indexOf(":");
      if (colon > 0) return { username: plain2.slice(0, colon), password: plain2.slice(colon + 1) };
    }
    if (a.username && a.password) return { username: a.username, password: a.password };
  }
  if (config.credsStore) return fromHelper(config.credsStore, configKeys(registry)[0], env);
  return void 0;
}

// src/image/registry/source.ts
import { createHash as createHash6 } from "node:crypto";
var RegistrySource = class _RegistrySource {
  constructor(name, client) {
    this.name = name;
    this.client = client;
  }
  name;
  client;
  layerConcurrency = 3;
  static async open(text, opts = {}) {
    const ref = parseReference(text);
    const credentials = await credentialsFor(ref.registry);
    const client = new RegistryClient(ref, { ...opts, ...credentials ? { credentials } : {} });
    return new _RegistrySource(`registry:${formatReference(ref)}`, client);
  }
  async rootIndex() {
    const ref = this.client.ref;
    const m = await this.client.manifest(manifestRef(ref));
    const digest = `sha256:${createHash6("sha256").update(m.bytes).digest("hex")}`;
    if (ref.digest) verifyDigest(this.name, ref.digest, m.bytes);
    else if (m.digest && m.digest !== digest && m.digest.startsWith("sha256:")) {
      throw new UserError(`${this.name}: the manifest does not match its Docker-Content-Digest ${m.digest}`);
    }
    let parsed;
    try {
      parsed = JSON.parse(m.bytes.toString("utf8"));
    } catch {
      throw new UserError(`${this.name}: the manifest is not valid JSON`);
    }
    const mediaType = parsed.mediaType || m.mediaType;
    if (isIndexMediaType(mediaType) || Array.isArray(parsed.manifests)) return parsed;
    return { schemaVersion: 2, manifests: [{ mediaType, digest: ref.digest ?? digest, size: m.bytes.length }] };
  }
  async json(desc) {
    const bytes = isIndexMediaType(desc.mediaType) || isManifestMediaType(desc.mediaType) ? (await this.client.manifest(desc.digest)).bytes : await this.client.blobBytes(desc.digest);
    return parseJsonBlob(this.name, desc, bytes);
  }
  async blob(desc) {
    return { kind: "stream", open: () => this.client.blobStream(desc.digest), expected: { digest: desc.digest } };
  }
  async close() {
  }
};

// src/image/open.ts
var SOURCE_LIST = [
  "oci-archive:PATH",
  "oci:DIR",
  "docker-archive:PATH",
  "docker:REF",
  "registry:REF",
  "REF (a plain image reference: read from its registry)"
];
var SOURCE_FORMS = `${SOURCE_LIST.slice(0, -1).join(", ")} or a plain image reference`;
var KINDS = /* @__PURE__ */ new Set(["oci", "oci-archive", "docker-archive", "docker", "registry"]);
async function openSource(spec) {
  const m = /^([a-z-]+):(.+)$/.exec(spec.trim());
  const kind = m?.[1] && KINDS.has(m[1]) ? m[1] : "reference";
  const rest = kind === "reference" ? spec.trim() : m?.[2] ?? "";
  switch (kind) {
    case "registry":
    case "reference":
      return RegistrySource.open(rest);
    case "oci":
      return OciDirSource.open(rest);
    case "oci-archive":
    case "docker-archive":
      return ArchiveSource.open(kind, rest);
    case "docker":
      return openDockerImage(rest);
    default:
      throw new UserError(`unsupported image source "${spec}": use ${SOURCE_FORMS}`);
  }
}

// src/log.ts
import { Writable } from "node:stream";
function stderrLogger(verbose = false) {
  let heading;
  const write = (text) => {
    if (heading !== void 0) process.stderr.write(`\u2500\u2500 ${heading}
`);
    heading = void 0;
    process.stderr.write(text);
  };
  return {
    info: (m) => write(`${m}
`),
    warning: (m) => write(`warning: ${m}
`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}
`);
    },
    stream: new Writable({
      write(chunk, _enc, cb) {
        write(chunk);
        cb();
      }
    }),
    group: async (name, fn) => {
      heading = name;
      try {
        return await fn();
      } finally {
        heading = void 0;
      }
    }
  };
}

// src/platform.ts
function normalizeArch(arch, variant) {
  const a = arch.toLowerCase();
  const v = variant?.toLowerCase() || void 0;
  switch (a) {
    case "i386":
      return { architecture: "386" };
    case "x86_64":
    case "x86-64":
    case "amd64":
      return v === "v1" || v === void 0 ? { architecture: "amd64" } : { architecture: "amd64", variant: v };
    case "aarch64":
    case "arm64":
      return v === void 0 || v === "8" || v === "v8" || v === "v8.0" ? { architecture: "arm64" } : { architecture: "arm64", variant: v };
    case "armhf":
      return { architecture: "arm", variant: "v7" };
    case "armel":
      return { architecture: "arm", variant: "v6" };
    case "arm":
      if (v === void 0 || v === "7") return { architecture: "arm", variant: "v7" };
      if (/^[5-8]$/.test(v)) return { architecture: "arm", variant: `v${v}` };
      return { architecture: "arm", variant: v };
    default:
      return v === void 0 ? { architecture: a } : { architecture: a, variant: v };
  }
}
function normalizePlatform(p) {
  const os2 = (p.os ?? "").toLowerCase() || "linux";
  return { os: os2, ...normalizeArch(p.architecture ?? "", p.variant), ...p.osVersion ? { osVersion: p.osVersion } : {} };
}
function parsePlatform(text) {
  const parts2 = text.trim().split("/");
  const bad = () => new UserError(`invalid platform "${text}": expected os/arch[/variant], for example linux/arm64`);
  if (parts2.some((p) => p === "") || parts2.length > 3) throw bad();
  if (parts2.length === 1) return normalizePlatform({ os: "linux", architecture: parts2[0] });
  const os2 = /^([^()]+)(?:\(([^()]+)\))?$/.exec(parts2[0]);
  if (!os2) throw bad();
  return normalizePlatform({ os: os2[1], architecture: parts2[1], variant: parts2[2], osVersion: os2[2] });
}
function parsePlatformList(text) {
  const out = [];
  for (const item of text.split(/[,\n]/)) {
    if (item.trim() === "") continue;
    const p = parsePlatform(item);
    if (!out.some((q) => samePlatform(p, q))) out.push(p);
  }
  return out;
}
function formatPlatform(p) {
  const os2 = p.osVersion ? `${p.os}(${p.osVersion})` : p.os;
  return p.variant ? `${os2}/${p.architecture}/${p.variant}` : `${os2}/${p.architecture}`;
}
function samePlatform(a, b) {
  const x = normalizePlatform(a);
  const y = normalizePlatform(b);
  return x.os === y.os && x.architecture === y.architecture && (x.variant ?? "") === (y.variant ?? "") && (x.osVersion ?? "") === (y.osVersion ?? "");
}
function osVersionMatches(wanted, offered) {
  if (!wanted || !offered) return true;
  return offered === wanted || offered.startsWith(`${wanted}.`);
}
function platformMatches(wanted, offered) {
  const w = normalizePlatform(wanted);
  const o = normalizePlatform(offered);
  if (w.os !== o.os || w.architecture !== o.architecture) return false;
  if (!osVersionMatches(w.osVersion, o.osVersion)) return false;
  return w.variant === void 0 || w.variant === o.variant;
}

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
var DOCKERFILE_SCOPE = "Dockerfile";
function plain(text, max = 500) {
  return bounded(showControls(text).replace(/`/g, "'"), max);
}
function bounded(text, max) {
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
function paddedAtBothEnds(t) {
  return t.startsWith(" ") && t.endsWith(" ") && /[^ ]/.test(t);
}
function codeSpanOf(text, max = 500) {
  const t = bounded(showControls(text), max);
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(t) || paddedAtBothEnds(t) ? " " : "";
  return `${ticks}${pad}${t}${pad}${ticks}`;
}
function code(text) {
  return codeSpanOf(text, 200);
}
function messageParts(message3) {
  const out = [];
  let prose = "";
  let i = 0;
  const runEnd = (at) => {
    let e = at;
    while (message3[e] === "`") e++;
    return e;
  };
  while (i < message3.length) {
    if (message3[i] !== "`") {
      prose += message3[i];
      i++;
      continue;
    }
    const open6 = runEnd(i);
    const n = open6 - i;
    let close = -1;
    for (let k = open6; k < message3.length; ) {
      if (message3[k] !== "`") {
        k++;
        continue;
      }
      const e = runEnd(k);
      if (e - k === n) {
        close = k;
        break;
      }
      k = e;
    }
    if (close < 0) {
      prose += message3.slice(i, open6);
      i = open6;
      continue;
    }
    let text = message3.slice(open6, close);
    if (paddedAtBothEnds(text)) text = text.slice(1, -1);
    if (prose) out.push({ code: false, text: prose, raw: prose });
    prose = "";
    out.push({ code: true, text, raw: message3.slice(i, close + n) });
    i = close + n;
  }
  if (prose) out.push({ code: false, text: prose, raw: prose });
  return out;
}
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var byPath = new Intl.Collator("en", { numeric: true, sensitivity: "variant" }).compare;
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => byText(a.platform, b.platform) || byText(a.rule, b.rule) || byPath(a.path ?? "", b.path ?? "") || byText(a.path ?? "", b.path ?? "")
  );
}

// src/report/escape.ts
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function escapeMarkdown(text) {
  const escaped = text.replace(/[\\`*_[\]|~>]/g, (ch) => `\\${ch}`).replace(/^([#+-]|\d+\.)(?= )/, (m) => `\\${m}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@(?=\w)/g, "@\u200B").replace(/\r?\n/g, " ");
  return showControls(escaped);
}
function codeSpan(text, inTable = false) {
  const span = codeSpanOf(text, 500);
  return inTable ? span.replace(/\|/g, "\\|") : span;
}
function messageToMarkdown(message3, inTable = false) {
  return messageParts(message3).map((part) => part.code ? codeSpan(part.text, inTable) : escapeMarkdown(part.text)).join("");
}
function fenced(text, lang = "") {
  const safe2 = showControls(text, "\n	");
  const longest = Math.max(0, ...[...safe2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, ...safe2.split("\n"), fence];
}
function hintToMarkdown(hint) {
  const out = [];
  let code2 = [];
  const flush = () => {
    if (code2.length) out.push(...fenced(code2.join("\n"), "dockerfile"));
    code2 = [];
  };
  for (const line of hint.split("\n")) {
    if (line.startsWith("    ")) {
      code2.push(line.slice(4));
      continue;
    }
    flush();
    out.push(line === "" ? "" : messageToMarkdown(line));
  }
  flush();
  return out.join("\n");
}

// src/binary/arch.ts
var TABLE = `
amd64    62  64 little x64      x86_64,x86-64,x64  x86_64-linux-gnu,x86_64-linux-musl  /lib64/ld-linux-x86-64.so.2,/lib/ld-musl-x86_64.so.1  0x8664/64
arm64    183 64 little arm64    aarch64,armv8l     aarch64-linux-gnu,aarch64-linux-musl  /lib/ld-linux-aarch64.so.1,/lib/ld-musl-aarch64.so.1  0xaa64,0xa64e,0xa641/64
arm      40  32 little arm      armhf,armel,armv7l,armv6l,armv7,armv6,armv5tel,arm32v7,arm32v6  arm-linux-gnueabihf,arm-linux-gnueabi,arm-linux-musleabihf,arm-linux-musleabi  /lib/ld-linux-armhf.so.3,/lib/ld-linux.so.3,/lib/ld-musl-armhf.so.1,/lib/ld-musl-arm.so.1  0x1c4/32
386      3   32 little ia32     i386,i486,i586,i686,x86,ia32  i386-linux-gnu,i686-linux-gnu,i386-linux-musl  /lib/ld-linux.so.2,/lib/ld-musl-i386.so.1  0x14c/32
ppc64le  21  64 little ppc64    ppc64el,powerpc64le  powerpc64le-linux-gnu,powerpc64le-linux-musl  /lib64/ld64.so.2,/lib/ld-musl-powerpc64le.so.1  -
ppc64    21  64 big    -        powerpc64          powerpc64-linux-gnu  /lib64/ld64.so.1,/lib/ld-musl-powerpc64.so.1  -
s390x    22  64 big    s390x    -                  s390x-linux-gnu,s390x-linux-musl  /lib/ld64.so.1,/lib64/ld64.so.1,/lib/ld-musl-s390x.so.1  -
riscv64  243 64 little riscv64  -                  riscv64-linux-gnu,riscv64-linux-musl  /lib/ld-linux-riscv64-lp64d.so.1,/lib/ld-musl-riscv64.so.1  0x5064/64
mips64le 8   64 little mips64el mips64el           mips64el-linux-gnuabi64,mips64el-linux-musl  /lib64/ld.so.1,/lib/ld-musl-mips64el.so.1  -
mips64   8   64 big    -        -                  mips64-linux-gnuabi64  /lib64/ld.so.1,/lib/ld-musl-mips64.so.1  -
loong64  258 64 little loong64  loongarch64        loongarch64-linux-gnu,loongarch64-linux-musl  /lib64/ld-linux-loongarch-lp64d.so.1,/lib/ld-musl-loongarch64.so.1  0x6264/64
`;
var list = (field) => field === "-" ? [] : field.split(",");
var ARCHITECTURES = Object.fromEntries(
  TABLE.trim().split("\n").map((line) => {
    const [name = "", machine, bits, endian, node2 = "-", aliases = "-", tuples = "-", loaders = "-", pe = "-"] = line.split(/\s+/);
    const arch = {
      name,
      machine: Number(machine),
      bits: Number(bits),
      endian,
      aliases: list(aliases),
      tuples: list(tuples),
      loaders: list(loaders),
      ...node2 !== "-" ? { node: node2 } : {},
      ...pe !== "-" ? {
        pe: { machines: list(pe.split("/")[0]).map(Number), bits: Number(pe.split("/")[1]) }
      } : {}
    };
    return [name, arch];
  })
);
var MACHINE_NAMES = {
  2: "SPARC",
  3: "Intel 80386",
  8: "MIPS",
  20: "PowerPC",
  21: "PowerPC64",
  22: "IBM S/390",
  40: "ARM",
  50: "IA-64",
  62: "x86-64",
  183: "AArch64",
  243: "RISC-V",
  258: "LoongArch"
};
function expectedElf(platform) {
  return ARCHITECTURES[platform.architecture];
}
function architectureOf(elf) {
  return Object.values(ARCHITECTURES).find(
    (a) => a.machine === elf.machine && a.bits === elf.bits && a.endian === elf.endian
  );
}
function elfArchitecture(elf) {
  return architectureOf(elf)?.name;
}
function describeElfMachine(elf) {
  const name = MACHINE_NAMES[elf.machine] ?? `machine ${elf.machine}`;
  if (elf.machine === 21) return elf.endian === "little" ? "PowerPC64 (little-endian)" : "PowerPC64 (big-endian)";
  if (elf.machine === 8 && elf.bits === 64) return elf.endian === "little" ? "MIPS64 (little-endian)" : "MIPS64";
  if (elf.machine === 243) return `RISC-V ${elf.bits}-bit`;
  return name;
}
function elfMatchesPlatform(elf, platform) {
  const e = expectedElf(platform);
  if (!e) return true;
  return e.machine === elf.machine && e.bits === elf.bits && e.endian === elf.endian;
}
function sameElfShape(a, b) {
  return a.machine === b.machine && a.bits === b.bits && a.endian === b.endian;
}
var ARCH_NAMES = [
  ...new Set(Object.values(ARCHITECTURES).flatMap((a) => [a.name, ...a.aliases, ...a.node ? [a.node] : []]))
].sort((a, b) => b.length - a.length);
function architectureNamed(word) {
  const w = word.toLowerCase();
  return Object.values(ARCHITECTURES).find((a) => a.name === w || a.node === w || a.aliases.includes(w));
}
var PE_MACHINE_NAMES = {
  332: "Intel 80386",
  34404: "x86-64",
  43620: "ARM64",
  42574: "ARM64X",
  42561: "ARM64EC",
  452: "ARM Thumb-2",
  448: "ARM",
  450: "ARM Thumb",
  512: "IA-64",
  20580: "RISC-V 64-bit",
  25188: "LoongArch64"
};
function peArchitecture(machine) {
  return Object.values(ARCHITECTURES).find((a) => a.pe?.machines.includes(machine))?.name;
}
function describePeMachine(machine) {
  return PE_MACHINE_NAMES[machine] ?? `machine 0x${machine.toString(16)}`;
}
var TUPLES = Object.values(ARCHITECTURES).flatMap((a) => a.tuples.map((t) => [t, a])).sort((a, b) => b[0].length - a[0].length);
var NAMED = new RegExp(
  `(?<![a-z0-9])(${[...TUPLES.map((t) => t[0]), ...ARCH_NAMES].map((n) => n.replace(/[-.]/g, "\\$&")).join("|")})(?![a-z0-9])`,
  "gi"
);
function archNamedIn(path4) {
  for (const m of path4.matchAll(NAMED)) {
    const word = m[1].toLowerCase();
    const a = TUPLES.find((t) => t[0] === word)?.[1] ?? architectureNamed(word);
    if (a) return a;
  }
  return void 0;
}
function archNeutral(path4) {
  return path4.replace(NAMED, "{arch}");
}
var ARM_LOADERS = {
  "/lib/ld-linux-armhf.so.3": "hard",
  "/lib/ld-musl-armhf.so.1": "hard",
  "/lib/ld-linux.so.3": "soft",
  "/lib/ld-musl-arm.so.1": "soft"
};

// src/inspect/os.ts
var UNIX = /* @__PURE__ */ new Set(["freebsd", "netbsd", "openbsd", "dragonfly", "solaris", "illumos", "aix", "darwin", "android"]);
var WASI = /* @__PURE__ */ new Set(["wasi", "wasip1", "wasip2"]);
function osFamily(p) {
  if (p.os === "linux") return "linux";
  if (p.os === "windows") return "windows";
  if (WASI.has(p.os) || p.architecture === "wasm" || p.architecture === "wasm32") return "wasm";
  return UNIX.has(p.os) ? "unix" : "other";
}
var ALL_OS = ["linux", "windows", "unix", "wasm", "other"];
var FILES_OS = ["linux", "unix", "windows", "wasm"];
function notCheckedOn(p) {
  switch (osFamily(p)) {
    case "linux":
    case "windows":
      return void 0;
    case "unix":
      return `On ${p.os}, programs are checked for their machine, Go build info and the entrypoint, but not against a loader: the libraries and native modules a program loads are judged only by glibc's and musl's rules, which are Linux.`;
    case "wasm":
      return "A WebAssembly image is checked for its entrypoint, which must be a WebAssembly module (a module runs on any architecture); nothing else in it is judged.";
    default:
      return `This tool has no rules for ${p.os} images: only the index and the image config were checked; no file was read.`;
  }
}

// src/image/filetree.ts
var WHITEOUT = ".wh.";
var OPAQUE = ".wh..wh..opq";
var MAX_SYMLINKS = 40;
function malformed(parts2) {
  return parts2.slice(0, -1).some((p) => p.startsWith(WHITEOUT));
}
function split(path4) {
  return path4.split("/").filter((p) => p !== "" && p !== ".");
}
function upcase(name) {
  const up = name.toUpperCase();
  if (up.length === name.length) return up;
  let out = "";
  for (const c of name) {
    const u = c.toUpperCase();
    out += u.length === c.length ? u : c;
  }
  return out;
}
var FileTree = class _FileTree {
  root = { kind: "dir", path: "/", mode: 493, size: 0, uid: 0, gid: 0, children: /* @__PURE__ */ new Map() };
  key;
  foldCase;
  constructor(opts = {}) {
    this.foldCase = opts.foldCase === true;
    this.key = this.foldCase ? upcase : (name) => name;
  }
  /** Apply layers bottom to top. */
  static fromLayers(layers, opts = {}) {
    const tree = new _FileTree(opts);
    layers.forEach((layer, i) => tree.apply(layer, i));
    return tree;
  }
  /** Apply one layer: its whiteouts hide lower content first, then its entries are added in order. */
  apply(entries, layer) {
    for (const e of entries) {
      const parts2 = split(e.path);
      const base = parts2[parts2.length - 1];
      if (base === void 0 || !base.startsWith(WHITEOUT) || malformed(parts2)) continue;
      const dir = this.lookupExact(parts2.slice(0, -1));
      if (!dir?.children) continue;
      if (base === OPAQUE) dir.children.clear();
      else dir.children.delete(this.key(base.slice(WHITEOUT.length)));
    }
    for (const e of entries) {
      const parts2 = split(e.path);
      const base = parts2[parts2.length - 1];
      if (base === void 0 || base.startsWith(WHITEOUT) || malformed(parts2)) continue;
      this.add(parts2, e, layer);
    }
  }
  lookupExact(parts2) {
    let node2 = this.root;
    for (const p of parts2) node2 = node2?.children?.get(this.key(p));
    return node2;
  }
  add(parts2, e, layer) {
    const node2 = this.nodeFor(e);
    if (!node2) return;
    let dir = this.root;
    for (let i = 0; i < parts2.length - 1; i++) {
      const name2 = parts2[i];
      let next = dir.children?.get(this.key(name2));
      if (next?.kind === "symlink") {
        const r = this.resolve("/" + parts2.slice(0, i + 1).join("/"));
        if (r.ok && r.node.kind === "dir") next = r.node;
      }
      if (!next || next.kind !== "dir") {
        next = { kind: "dir", path: "/" + parts2.slice(0, i + 1).join("/"), mode: 493, size: 0, uid: 0, gid: 0 };
        next.children = /* @__PURE__ */ new Map();
        dir.children?.set(this.key(name2), next);
      }
      dir = next;
    }
    const name = parts2[parts2.length - 1];
    const existing = dir.children?.get(this.key(name));
    if (layer !== void 0) node2.layer = layer;
    if (node2.kind === "dir" && existing?.kind === "dir") {
      node2.children = existing.children;
    }
    dir.children?.set(this.key(name), node2);
  }
  /** The node an entry makes, or none for a hardlink to a missing file: extraction fails there (link(2) gets ENOENT). */
  nodeFor(e) {
    const base = { path: e.path, mode: e.mode, size: e.size, uid: e.uid, gid: e.gid };
    switch (e.type) {
      case "dir":
        return { ...base, kind: "dir", children: /* @__PURE__ */ new Map() };
      case "symlink":
        return { ...base, kind: "symlink", linkname: e.linkname ?? "" };
      case "hardlink": {
        const target = this.lookupExact(split(e.linkname ?? ""));
        return target?.kind === "file" ? { ...target, path: e.path } : void 0;
      }
      case "file": {
        const node2 = { ...base, kind: "file" };
        if (e.binary) node2.binary = e.binary;
        if (e.sha256) node2.sha256 = e.sha256;
        if (e.text !== void 0) node2.text = e.text;
        if (e.ldCache) node2.ldCache = e.ldCache;
        return node2;
      }
      default:
        return { ...base, kind: "other" };
    }
  }
  /**
   * Resolve a path as the kernel does inside the container: every symlink is followed (absolute ones from the image
   * root), `..` never climbs above the root, and more than 40 links is a loop. `followLast` false stops at a final
   * symlink (lstat).
   */
  resolve(path4, followLast = true) {
    let hops = 0;
    const stack = [this.root];
    let pending = split(path4);
    while (pending.length > 0) {
      const name = pending.shift();
      const cur = stack[stack.length - 1];
      if (name === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      if (cur.kind !== "dir") return { ok: false, reason: "not-a-directory", path: cur.path };
      const child2 = cur.children?.get(this.key(name));
      if (!child2) return { ok: false, reason: "not-found", path: joinPath(stack, name) };
      if (child2.kind === "symlink" && (pending.length > 0 || followLast)) {
        if (++hops > MAX_SYMLINKS) return { ok: false, reason: "loop", path: child2.path };
        const target = child2.linkname ?? "";
        if (target.startsWith("/")) stack.splice(1);
        pending = [...split(target), ...pending];
        continue;
      }
      stack.push(child2);
    }
    const node2 = stack[stack.length - 1];
    return { ok: true, node: node2, path: stack.length === 1 ? "/" : node2.path };
  }
  /** Whether a path resolves (links followed) to a regular file. */
  isFile(path4) {
    const r = this.resolve(path4);
    return r.ok && r.node.kind === "file";
  }
  /** The names in a directory (after following links to it), as written, or [] when it is not one. */
  list(path4) {
    const r = this.resolve(path4);
    if (!r.ok || r.node.kind !== "dir") return [];
    const entries = [...r.node.children?.entries() ?? []];
    return entries.map(([k, c]) => this.foldCase ? c.path.slice(c.path.lastIndexOf("/") + 1) || k : k).sort();
  }
  /** The text kept for a loader configuration file, if the path is one and exists. */
  text(path4) {
    const r = this.resolve(path4);
    return r.ok && r.node.kind === "file" ? r.node.text : void 0;
  }
  /** The parsed ld.so.cache, if the path is one and exists. */
  ldCache(path4 = "/etc/ld.so.cache") {
    const r = this.resolve(path4);
    return r.ok && r.node.kind === "file" ? r.node.ldCache : void 0;
  }
  /** Every regular file, depth first, in name order. */
  *files() {
    const walk = function* (dir) {
      const names = [...dir.children?.keys() ?? []].sort();
      for (const n of names) {
        const c = dir.children?.get(n);
        if (c.kind === "file") yield c;
        else if (c.kind === "dir") yield* walk(c);
      }
    };
    yield* walk(this.root);
  }
};
function joinPath(stack, name) {
  const dir = stack[stack.length - 1].path;
  return dir === "/" ? `/${name}` : `${dir}/${name}`;
}

// src/inspect/entrypoint.ts
import { posix } from "node:path";
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function commandOf(config) {
  const c = config.config ?? {};
  const entry = Array.isArray(c.Entrypoint) ? c.Entrypoint : [];
  const cmd = Array.isArray(c.Cmd) ? c.Cmd : [];
  return [...entry, ...cmd].filter((s) => typeof s === "string");
}
function pathOf(config) {
  const env = config.config?.Env ?? [];
  let path4 = DEFAULT_PATH;
  for (const kv of env) if (typeof kv === "string" && kv.startsWith("PATH=")) path4 = kv.slice(5);
  return path4.split(":").filter((d) => d !== "");
}
function joinDir(dir, name) {
  return posix.join(dir, name);
}
function resolveEntrypoint(tree, config) {
  const argv = commandOf(config);
  const cmd = argv[0];
  if (cmd === void 0 || cmd === "") {
    return { argv, resolved: false, reason: "the image sets no Entrypoint or Cmd", searched: [] };
  }
  const workdir = config.config?.WorkingDir || "/";
  const candidates = cmd.includes("/") ? [cmd.startsWith("/") ? cmd : joinDir(workdir.startsWith("/") ? workdir : `/${workdir}`, cmd)] : pathOf(config).map((d) => joinDir(d.startsWith("/") ? d : joinDir(workdir, d), cmd));
  let fallback;
  for (const path4 of candidates) {
    const r = tree.resolve(path4);
    if (!r.ok) continue;
    const node2 = r.node;
    const facts2 = {
      argv,
      resolved: true,
      resolvedPath: r.path,
      mode: node2.mode,
      uid: node2.uid,
      gid: node2.gid,
      binary: node2.kind === "file" && node2.binary || { format: "other" },
      isDirectory: node2.kind === "dir"
    };
    if (!cmd.includes("/") && (node2.kind !== "file" || (node2.mode & 73) === 0)) {
      fallback ??= facts2;
      continue;
    }
    return facts2;
  }
  if (fallback) return fallback;
  const reason = cmd.includes("/") ? `${candidates[0]} does not exist in the image` : `"${cmd}" is not in any PATH directory of the image`;
  return { argv, resolved: false, reason, searched: candidates };
}

// src/inspect/windows.ts
var FILES = "Files/";
var WINDOWS_DIRS = [
  "C:\\Windows\\System32",
  "C:\\Windows\\System",
  "C:\\Windows",
  "C:\\Windows\\System32\\Wbem",
  "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"
];
var PATHEXT = [".com", ".exe", ".bat", ".cmd"];
var CMD_BUILTINS = new Set(
  "assoc break call cd chdir cls color copy date del dir dpath echo endlocal erase exit for ftype goto if md mkdir mklink move path pause popd prompt pushd rd rem ren rename rmdir set setlocal shift start time title type ver verify vol".split(" ")
);
function linkTarget(target) {
  const t = target.replace(/^\\\?\?\\/, "").replace(/\//g, "\\");
  if (/^[A-Za-z]:/.test(t))
    return /^[Cc]:\\/.test(t) ? "/" + t.slice(3).split("\\").filter(Boolean).join("/") : void 0;
  if (t.startsWith("\\")) return t.startsWith("\\\\") ? void 0 : t.replace(/\\/g, "/");
  return t.replace(/\\/g, "/");
}
function windowsEntries(entries) {
  const out = [];
  for (const e of entries) {
    const rel = e.path.slice(1);
    if (rel.slice(0, FILES.length).toLowerCase() !== FILES.toLowerCase()) continue;
    const path4 = "/" + rel.slice(FILES.length);
    if (path4 === "/" || path4.split("/").some((part) => part.includes(":"))) continue;
    const w = { ...e, path: path4 };
    if (e.type === "symlink") {
      const target = linkTarget(e.linkname ?? "");
      if (target === void 0) {
        w.type = "other";
        delete w.linkname;
      } else w.linkname = target;
    } else if (e.type === "hardlink") {
      const link = (e.linkname ?? "").replace(/^\/+/, "");
      if (link.slice(0, FILES.length).toLowerCase() !== FILES.toLowerCase()) continue;
      w.linkname = "/" + link.slice(FILES.length);
    }
    out.push(w);
  }
  return out;
}
function hasWindowsLayout(layers) {
  return layers.some((l) => l.some((e) => e.path.slice(1, 1 + FILES.length).toLowerCase() === FILES.toLowerCase()));
}
function windowsTree(layers) {
  return FileTree.fromLayers(layers.map(windowsEntries), { foldCase: true });
}
function isWindowsPath(path4) {
  return /^[A-Za-z]:[\\/]/.test(path4);
}
function toWindowsPath(path4) {
  return "C:\\" + path4.split("/").filter(Boolean).join("\\");
}
function sameWindowsPath(a, b) {
  const norm2 = (p) => p.replace(/\//g, "\\").replace(/\\+$/, "").toUpperCase();
  return norm2(a) === norm2(b);
}
function fromWindowsPath(path4, cwd = "/") {
  const p = path4.replace(/\//g, "\\");
  if (p.startsWith("\\\\")) return void 0;
  let rest;
  let base = cwd;
  if (/^[A-Za-z]:/.test(p)) {
    if (!/^[Cc]:\\/.test(p)) return void 0;
    rest = p.slice(3);
    base = "/";
  } else if (p.startsWith("\\")) {
    rest = p.slice(1);
    base = "/";
  } else rest = p;
  const out = base.split("/").filter(Boolean);
  for (const part of rest.split("\\")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}
function windowsWorkdir(config) {
  const wd = config.config?.WorkingDir;
  return wd ? fromWindowsPath(wd, "/") : "/";
}
function configPath(config) {
  let path4 = "";
  for (const kv of config.config?.Env ?? []) {
    if (typeof kv === "string" && kv.slice(0, 5).toUpperCase() === "PATH=") path4 = kv.slice(5);
  }
  return path4.split(";").filter((d) => d.trim() !== "");
}
function windowsSearchPath(config) {
  return [...WINDOWS_DIRS, ...configPath(config)];
}
function windowsRuns(code2, platform, wow64) {
  if (code2 === platform) return "native";
  if (platform === "amd64" && code2 === "386") return wow64 ? "wow64" : "no";
  if (platform === "arm64" && (code2 === "amd64" || code2 === "386")) return "emulated";
  return "no";
}
function hasWow64(tree) {
  const r = tree.resolve("/Windows/SysWOW64");
  return r.ok && r.node.kind === "dir";
}
function programNames(line) {
  const s = line.replace(/^[ \t]+/, "");
  if (s.startsWith('"')) {
    const end = s.indexOf('"', 1);
    return [end === -1 ? s.slice(1) : s.slice(1, end)];
  }
  const out = [];
  const re = /[ \t]+/g;
  for (let m = re.exec(s); m && out.length < 8; m = re.exec(s)) out.push(s.slice(0, m.index));
  if (out.length < 8 && s.trim() !== "") out.push(s.trimEnd());
  return out.filter(Boolean);
}
function quoteArg(arg) {
  if (arg !== "" && !/[ \t"]/.test(arg)) return arg;
  return '"' + arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, "$1$1") + '"';
}
function commandLineOf(config) {
  const argv = commandOf(config);
  if (config.config?.ArgsEscaped && argv.length > 0)
    return [argv[0], ...argv.slice(1).map(quoteArg)].join(" ");
  return argv.map(quoteArg).join(" ");
}
function hasExtension(name) {
  const base = name.slice(Math.max(name.lastIndexOf("\\"), name.lastIndexOf("/")) + 1);
  return base.lastIndexOf(".") > 0;
}
function firstExisting(tree, paths2) {
  return paths2.find((p) => tree.resolve(p).ok);
}
function lookup(tree, name, cwd, dirs, exts) {
  const n = name.replace(/\//g, "\\");
  const withExts = (p) => hasExtension(p) ? [p] : [...exts.map((e) => p + e), p];
  const drive = /^[A-Za-z]:/.test(n) || n.startsWith("\\");
  if (drive || n.includes("\\")) {
    const base = drive ? "/" : cwd;
    const at = base === void 0 ? void 0 : fromWindowsPath(n, base);
    if (at === void 0) {
      const why3 = `${n} is not on the C: drive of the image (another drive is a volume, or the working directory is on one)`;
      return { found: false, confident: false, searched: [n], why: why3 };
    }
    const tries2 = withExts(at);
    const hit2 = firstExisting(tree, tries2);
    if (hit2 && (hasExtension(at) || hit2 !== at || exts.length > 1)) return { found: true, path: hit2 };
    const searched = tries2.map(toWindowsPath);
    if (!drive) {
      const why3 = `${n} is not under the working directory, and whether Windows starts a relative name from there is not certain`;
      return { found: false, confident: false, searched, why: why3 };
    }
    const other = hit2 ?? (hasExtension(at) ? void 0 : firstExisting(
      tree,
      PATHEXT.map((e) => at + e)
    ));
    if (other) {
      const why3 = `the image has ${toWindowsPath(other)}, but Windows looks for ${toWindowsPath(at)}.exe, and whether it starts the other is not certain`;
      return { found: false, confident: false, searched, why: why3 };
    }
    return { found: false, confident: true, searched };
  }
  const places = [...cwd !== void 0 ? [cwd] : [], ...dirs.flatMap((d) => fromWindowsPath(d, "/") ?? [])];
  const tries = places.flatMap((dir) => withExts(`${dir === "/" ? "" : dir}/${n}`));
  const hit = firstExisting(
    tree,
    tries.filter((t) => hasExtension(t) || exts.length > 1)
  );
  if (hit) return { found: true, path: hit };
  const why2 = `${n} is not in the working directory, Windows' directories or the config's PATH; Windows also looks on the machine PATH kept in the registry (Hives), which is not read`;
  return { found: false, confident: false, searched: tries.map(toWindowsPath), why: why2 };
}
function facts(tree, argv, path4) {
  const r = tree.resolve(path4);
  const node2 = r.ok ? r.node : void 0;
  return {
    argv,
    resolved: true,
    resolvedPath: toWindowsPath(r.ok ? r.path : path4),
    mode: node2?.mode ?? 0,
    uid: node2?.uid ?? 0,
    gid: node2?.gid ?? 0,
    binary: node2?.kind === "file" && node2.binary || { format: "other" },
    isDirectory: node2?.kind === "dir"
  };
}
function unresolved(argv, name, look) {
  return {
    argv,
    resolved: false,
    reason: look.confident || !look.why ? `${name} does not exist in the image` : look.why,
    searched: look.searched,
    ...look.confident ? {} : { uncertain: true }
  };
}
function cmdCommand(rest) {
  const m = /^((?:[ \t]*\/[A-Za-z](?::\S*)?)*?)[ \t]*\/[CcKk][ \t]*(.*)$/s.exec(rest);
  if (!m) return void 0;
  const line = (m[2] ?? "").trim();
  if (/\/[Ss]\b/.test(m[1] ?? "") || line.startsWith('"')) {
    const first = line.indexOf('"');
    const last = line.lastIndexOf('"');
    if (first !== -1 && last > first) return line.slice(0, first) + line.slice(first + 1, last) + line.slice(last + 1);
  }
  return line;
}
function innerCommand(tree, line, cwd, dirs) {
  const [name] = programNames(line);
  if (!name || /[%!^&|<>()"]/.test(name) || CMD_BUILTINS.has(name.toLowerCase())) return void 0;
  const argv = [name];
  const look = lookup(tree, name, cwd, dirs, PATHEXT);
  return look.found ? facts(tree, argv, look.path) : unresolved(argv, name, look);
}
function resolveWindowsEntrypoint(tree, config) {
  const argv = commandOf(config);
  if (!argv[0]) return { argv, resolved: false, reason: "the image sets no Entrypoint or Cmd", searched: [] };
  const cwd = windowsWorkdir(config);
  const dirs = windowsSearchPath(config);
  const line = commandLineOf(config);
  const names = programNames(line);
  if (names.length === 0) return { argv, resolved: false, reason: "the command line is blank", searched: [] };
  let first;
  for (const name of names) {
    const look = lookup(tree, name, cwd, dirs, [".exe"]);
    if (!look.found) {
      first ??= { name, look };
      continue;
    }
    const ep = facts(tree, argv, look.path);
    if (ep.resolved && /(^|\\)cmd\.exe$/i.test(ep.resolvedPath)) {
      const start = line.indexOf(name) + name.length + (line.trimStart().startsWith('"') ? 1 : 0);
      const command = cmdCommand(line.slice(start));
      const inner = command === void 0 ? void 0 : innerCommand(tree, command, cwd, dirs);
      if (inner) ep.inner = inner;
    }
    return ep;
  }
  const miss = first;
  const confident = names.every((n) => {
    const l = lookup(tree, n, cwd, dirs, [".exe"]);
    return !l.found && l.confident;
  });
  return unresolved(argv, miss.name, { ...miss.look, confident });
}

// src/inspect/role.ts
var NOT_RUN_DIRS = /* @__PURE__ */ new Set(["testdata", "test", "tests", "fixtures", "examples", "example", "doc", "docs"]);
function notShippedToRun(path4) {
  if (path4.startsWith("/usr/share/")) return "data-dir";
  const dirs = path4.split("/").slice(0, -1);
  return dirs.some((part) => NOT_RUN_DIRS.has(part)) ? "test-data" : void 0;
}
function peExclusionOf(file, pe) {
  if (pe.dll) return "library";
  if (!isPeProgram(pe)) return "not-a-program";
  const dirs = file.path.toLowerCase().split("\\").slice(0, -1);
  if (dirs[1] === "windows" && dirs[2] === "winsxs") return "data-dir";
  return dirs.some((part) => NOT_RUN_DIRS.has(part)) ? "test-data" : void 0;
}
function exclusionOf(file, elf) {
  if (elf.type === ElfType.REL) return "relocatable";
  if (elf.type !== ElfType.EXEC && elf.type !== ElfType.DYN) return "not-a-program";
  if ((file.mode & 73) === 0) return "not-executable";
  if (/\.(o|a|syso)$/.test(file.path)) return "relocatable";
  return notShippedToRun(file.path);
}
function isLibraryName(path4) {
  return /\.so(\.\d+)*$/.test(path4.slice(path4.lastIndexOf("/") + 1));
}
function inSearchPath(path4, searchPath3) {
  if (/^[A-Za-z]:\\/.test(path4)) {
    const winDir = path4.slice(0, path4.lastIndexOf("\\"));
    return searchPath3.some((d) => sameWindowsPath(d, winDir));
  }
  const dir = path4.slice(0, path4.lastIndexOf("/")) || "/";
  return searchPath3.some((d) => d.replace(/\/+$/, "") === dir);
}
function roleOf(p, path4) {
  const ep = p.entrypoint;
  if (ep?.resolved && (ep.resolvedPath === path4 || ep.inner?.resolved && ep.inner.resolvedPath === path4)) {
    return "entrypoint";
  }
  return inSearchPath(path4, p.searchPath ?? []) ? "path" : "elsewhere";
}
var ROLE_SEVERITY = { entrypoint: "error", path: "error", elsewhere: "warning" };
var ROLE_NAME = {
  entrypoint: "The entrypoint",
  path: "The program",
  elsewhere: "The executable"
};

// src/dockerfile/edit.ts
var GO_ARCH = ["amd64", "arm64", "386", "ppc64le", "s390x", "riscv64", "mips64le", "loong64"];
var ARCH_WORD = /(?<![A-Za-z0-9])(amd64|arm64|x86_64|x86-64|aarch64|386|ppc64le|s390x|riscv64)(?![A-Za-z0-9])/g;
var UNAME_NAME = { x86_64: true, "x86-64": true, aarch64: true };
var URL2 = /https?:\/\/[^\s"'`]+/g;
function stageOf(stages, line) {
  return [...stages].reverse().find((s) => s.from.line <= line);
}
function instructionAt(stages, line) {
  for (const s of stages) {
    if (s.from.line <= line && line <= s.from.endLine) return s.from;
    const hit = s.instructions.find((i) => i.line <= line && line <= i.endLine);
    if (hit) return hit;
  }
  return void 0;
}
function declared(stage, before, name) {
  const re = new RegExp(`(^|\\s)${name}(=|\\s|$)`);
  return stage.instructions.some((i) => i.keyword === "ARG" && i.line < before && re.test(i.args));
}
function editor(lines, stage, ins) {
  const before = lines.slice(ins.line - 1, ins.endLine);
  const text = before.join("\n");
  const indent = /^\s*/.exec(before[0] ?? "")?.[0] ?? "";
  return {
    text,
    done(after, summary) {
      if (after === text) return void 0;
      const uses = ["TARGETOS", "TARGETARCH", "TARGETVARIANT"].filter(
        (n) => new RegExp(`\\$\\{?${n}\\b`).test(after) && !declared(stage, ins.line, n)
      );
      const args = ins.keyword === "FROM" || uses.length === 0 ? [] : [`${indent}ARG ${uses.join(" ")}`];
      return { line: ins.line, endLine: ins.endLine, before, after: [...args, ...after.split("\n")], summary };
    }
  };
}
function unpinFrom(lines, stage, ins) {
  if (ins.keyword !== "FROM") return void 0;
  const e = editor(lines, stage, ins);
  const after = e.text.replace(/--platform=(?![^\s]*\$)\S+\s+/i, "");
  return e.done(after, "drops the constant `--platform`, so each platform of the build gets its own base image");
}
function goTargetVars(lines, stage, ins, variant = false) {
  if (ins.keyword !== "RUN" && ins.keyword !== "ENV") return void 0;
  const e = editor(lines, stage, ins);
  let after = e.text.replace(
    /\b(ENV\s+)?GOARCH(=|\s+)(?!\$)["']?[a-z0-9_]+["']?/,
    (_m, env) => env ? `${env}GOARCH=$TARGETARCH` : "GOARCH=$TARGETARCH"
  ).replace(/\bGOOS=(?!\$|["']?linux\b)["']?[a-z0-9_]+["']?/, "GOOS=$TARGETOS");
  if (variant) after = after.replace(/\bGOARM=(?!\$)["']?\d["']?/, "GOARM=${TARGETVARIANT#v}");
  return e.done(after, "builds for the platform being built, which buildx passes in `TARGETARCH`");
}
function goBuildForTarget(lines, stage, ins) {
  if (ins.keyword !== "RUN" || /\bGOARCH=/.test(ins.args)) return void 0;
  if (stage.platform?.replace(/[{}]/g, "") !== "$BUILDPLATFORM") return void 0;
  const e = editor(lines, stage, ins);
  const after = e.text.replace(/\bgo (build|install)\b/, "GOOS=$TARGETOS GOARCH=$TARGETARCH go $1");
  return e.done(after, "cross-compiles for the platform being built instead of for the build machine");
}
function goStatic(lines, stage, ins) {
  if (ins.keyword !== "RUN" || !/\bgo (build|install)\b/.test(ins.args)) return void 0;
  const e = editor(lines, stage, ins);
  const after = /\bCGO_ENABLED=\S+/.test(e.text) ? e.text.replace(/\bCGO_ENABLED=\S+/, "CGO_ENABLED=0") : e.text.replace(/\bgo (build|install)\b/, "CGO_ENABLED=0 go $1");
  return e.done(after, "links the Go program statically (`CGO_ENABLED=0`): it then needs no C library in the image");
}
function archReplacement(word, shellOnTarget) {
  if (GO_ARCH.includes(word)) return "${TARGETARCH}";
  if (UNAME_NAME[word] && shellOnTarget) return "$(uname -m)";
  return void 0;
}
function urlForTarget(lines, stage, ins) {
  if (ins.keyword !== "RUN" && ins.keyword !== "ADD") return void 0;
  const onTarget = ins.keyword === "RUN" && !/\$\{?BUILDPLATFORM\b/.test(stage.platform ?? "");
  const e = editor(lines, stage, ins);
  let missed = false;
  const after = e.text.replace(
    URL2,
    (url) => url.replace(ARCH_WORD, (w) => {
      const r = archReplacement(w, onTarget);
      if (r === void 0) missed = true;
      return r ?? w;
    })
  );
  if (missed) return void 0;
  return e.done(after, "downloads the file for the platform being built");
}
function copyForTarget(lines, stage, ins, variant = false) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || /^\s*\[/.test(ins.args)) return void 0;
  const e = editor(lines, stage, ins);
  const dest = /\S+\s*$/.exec(e.text);
  if (!dest) return void 0;
  const head = /^(\s*\S+)([\s\S]*)$/.exec(e.text.slice(0, dest.index));
  if (!head) return void 0;
  const [, keyword = "", rest = ""] = head;
  let missed = false;
  const sources = rest.replace(/\S+/g, (word) => {
    if (word.startsWith("--")) return word;
    if (variant) return word.replace(/(arm[-_]?)(v[5-8])(?![A-Za-z0-9])/gi, "$1${TARGETVARIANT}");
    return word.replace(ARCH_WORD, (w) => {
      const r = archReplacement(w, false);
      if (r === void 0) missed = true;
      return r ?? w;
    });
  });
  if (missed) return void 0;
  const after = keyword + sources + e.text.slice(dest.index);
  return e.done(
    after,
    variant ? "copies the build for the platform variant being built, which buildx passes in `TARGETVARIANT`" : "copies the file built for the platform being built, which buildx passes in `TARGETARCH`"
  );
}
function rebase(lines, stage, image, add, summary) {
  const e = editor(lines, stage, stage.from);
  const after = image ? e.text.replace(/^(\s*FROM\s+(?:--\S+\s+)*)(\S+)/i, (_m, lead2) => `${lead2}${image}`) : e.text;
  return e.done([after, ...add].join("\n"), summary);
}
function entrypointTo(lines, stage, ins, from, path4) {
  if (ins.keyword !== "ENTRYPOINT" && ins.keyword !== "CMD") return void 0;
  const e = editor(lines, stage, ins);
  const quoted = JSON.stringify(from);
  const after = e.text.includes(`[${quoted}`) ? e.text.replace(`[${quoted}`, `[${JSON.stringify(path4)}`) : e.text.replace(
    new RegExp(`(${ins.keyword}\\s+)${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\s|$)`),
    `$1${path4}`
  );
  return e.done(after, `starts ${code(path4)}, where the image has the program`);
}

// src/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
function parseDockerfile(text) {
  const df = import_dockerfile_ast.DockerfileParser.parse(text);
  const stages = [];
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    const range = ins.getRange();
    const entry = {
      keyword,
      line: (range?.start.line ?? 0) + 1,
      endLine: (range?.end.line ?? range?.start.line ?? 0) + 1,
      args: (ins.getRawArgumentsContent() ?? "").trim()
    };
    if (keyword === "FROM") {
      const f = ins;
      const stage = { index: stages.length, from: entry, instructions: [] };
      const name = f.getBuildStage();
      if (name) stage.name = name.toLowerCase();
      const platform = f.getPlatformFlag()?.getValue();
      if (platform) stage.platform = platform;
      const image = f.getImage();
      if (image) stage.base = image;
      stages.push(stage);
      continue;
    }
    if (keyword === "COPY" || keyword === "ADD") {
      const from = ins.getFromFlag?.()?.getValue();
      if (from) entry.from = from.toLowerCase();
    }
    stages[stages.length - 1]?.instructions.push(entry);
  }
  return stages;
}
function targetStage(stages, target) {
  if (target) return stages.find((s) => s.name === target.toLowerCase());
  return stages[stages.length - 1];
}
function stageNamed(stages, ref) {
  return stages.find((s) => s.name === ref) ?? (/^\d+$/.test(ref) ? stages[Number(ref)] : void 0);
}

// src/checks/fixes.ts
var GO_RECIPE = (path4) => [
  "    FROM --platform=$BUILDPLATFORM golang AS build",
  "    ARG TARGETOS TARGETARCH",
  `    RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o ${path4} .`
];
function archHint(eco, path4 = "/app") {
  const safe2 = /^[\w./-]+$/.test(path4) ? path4 : "/app";
  const name = safe2.slice(safe2.lastIndexOf("/") + 1) || "app";
  switch (eco) {
    case "go":
      return [
        "Build each platform its own binary: run the Go compiler on the build machine and let buildx tell it the target:",
        "",
        ...GO_RECIPE(safe2),
        "",
        "`--platform=$BUILDPLATFORM` runs the build stage natively (fast, no emulation), and buildx sets `TARGETOS`/`TARGETARCH` to each platform of the build in turn. Never hard-code `GOARCH`. With cgo, the C cross-compiler comes from tonistiigi/xx (`xx-go`)."
      ].join("\n");
    case "rust":
      return [
        "Build each platform its own binary: cross-compile on the build machine with tonistiigi/xx, which sets up the Rust target and the linker for the platform being built:",
        "",
        "    FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx",
        "    FROM --platform=$BUILDPLATFORM rust:1 AS build",
        "    COPY --from=xx / /",
        "    RUN apt-get update && apt-get install -y clang lld",
        "    ARG TARGETPLATFORM",
        "    RUN xx-apt-get install -y gcc libc6-dev",
        `    RUN xx-cargo build --release --target-dir ./build && cp ./build/$(xx-cargo --print-target-triple)/release/${name} ${safe2}`,
        "",
        "Or build in a stage without `--platform`: QEMU then runs cargo as the target (slower, nothing to set up)."
      ].join("\n");
    case "c":
      return [
        "Build each platform its own binary: cross-compile on the build machine with tonistiigi/xx (clang for the target, and the target's libraries through `xx-apt-get` or `xx-apk`):",
        "",
        "    FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx",
        "    FROM --platform=$BUILDPLATFORM debian:bookworm AS build",
        "    COPY --from=xx / /",
        "    RUN apt-get update && apt-get install -y clang lld",
        "    ARG TARGETPLATFORM",
        "    RUN xx-apt-get install -y gcc libc6-dev",
        `    RUN xx-clang -o ${safe2} main.c && xx-verify ${safe2}`,
        "",
        "Or build in a stage without `--platform` (QEMU runs the target's compiler), or with Debian's cross toolchains (`crossbuild-essential-arm64`, `CC=aarch64-linux-gnu-gcc`)."
      ].join("\n");
    case "download":
      return [
        "Download the file for the platform being built: buildx sets `TARGETARCH` (amd64, arm64, \u2026) in every stage that declares it:",
        "",
        "    ARG TARGETARCH",
        `    RUN curl -fsSLo ${safe2} "https://example.com/releases/${name}-linux-\${TARGETARCH}" && chmod +x ${safe2}`,
        "",
        'When the project names architectures otherwise (`x86_64`, `aarch64`), map them: `case "$TARGETARCH" in amd64) A=x86_64;; arm64) A=aarch64;; esac`, or use `$(uname -m)` in a stage that runs on the target platform (no `--platform=$BUILDPLATFORM`).'
      ].join("\n");
    case "prebuilt":
      return [
        "Keep one file per architecture, named as buildx names the architectures (`" + name + "-amd64`, `" + name + "-arm64`), and copy the one of the platform being built:",
        "",
        "    ARG TARGETARCH",
        `    COPY ${name}-\${TARGETARCH} ${safe2}`,
        "",
        "Better still, build it in the Dockerfile for each platform (`FROM --platform=$BUILDPLATFORM`, then `GOARCH=$TARGETARCH` for Go, tonistiigi/xx for C and Rust)."
      ].join("\n");
    default:
      return [
        "Build each platform its own binary. Run the compiler natively on the build machine and let buildx tell it the target (the Go way; for C and Rust, tonistiigi/xx does the same):",
        "",
        ...GO_RECIPE(safe2),
        "",
        "`--platform=$BUILDPLATFORM` makes the build stage run on the build machine (fast, no emulation), and buildx sets `TARGETOS`/`TARGETARCH` to each platform of `--platform` in turn, so every image gets a binary for its own architecture. Never hard-code `GOARCH=amd64`; for a downloaded binary, put `${TARGETARCH}` in the URL."
      ].join("\n");
  }
}
var ARCH_HINT = archHint("unknown", "/server");
function baseKind(image) {
  const ref = (image ?? "").toLowerCase();
  if (ref === "scratch") return "scratch";
  if (/distroless\/static/.test(ref)) return "distroless-static";
  if (/distroless/.test(ref)) return "distroless";
  if (/(^|\/)alpine(:|$)|[-:]alpine/.test(ref)) return "alpine";
  if (/(^|\/)busybox(:|$)/.test(ref)) return "busybox";
  if (/(^|\/)(debian|ubuntu)(:|$)|bookworm|bullseye|trixie|jammy|noble|-slim\b/.test(ref)) return "debian";
  return "other";
}
function baseOf(stages, stage) {
  let s = stage;
  for (let hops = 0; s && hops < stages.length; hops++) {
    const ref = s.base ? stageNamed(stages, s.base.toLowerCase()) : void 0;
    if (!ref || ref === s) return { base: baseKind(s.base), stage: s };
    s = ref;
  }
  return { base: "other" };
}
function loaderHint(interp, base = "other") {
  const musl = /ld-musl/.test(interp);
  const where = {
    scratch: "`FROM scratch` has no C library at all.",
    "distroless-static": "`gcr.io/distroless/static` has no C library.",
    busybox: "A busybox image has no C library for other programs.",
    alpine: "Alpine has musl, not glibc (`gcompat` runs some glibc programs, not all).",
    debian: "Debian has glibc, not musl."
  };
  const lead2 = musl ? `The program was linked against musl (its loader is \`${interp}\`), as on Alpine, but this image has no musl.` : `The program was linked against glibc (its loader is \`${interp}\`), but this image has no glibc loader at that path.`;
  const ways = musl ? "Use an Alpine base for this stage (`FROM alpine`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C, `--target <arch>-unknown-linux-musl` for Rust." : 'Use a glibc base (`debian:bookworm-slim`, `gcr.io/distroless/cc-debian12`), build the program on the base it runs on (`FROM golang:alpine`, `apk add build-base` for a musl build), or link statically: `CGO_ENABLED=0` for Go, `-static` for C, `RUSTFLAGS="-C target-feature=+crt-static"` for Rust.';
  return [lead2, where[base] ?? "Alpine and busybox images have musl or no C library at all.", ways].join(" ");
}
var C_RUNTIME = /^(libc|libm|libdl|librt|libpthread|libresolv|libgcc_s|libstdc\+\+|ld-linux[^/]*|ld64)\.so(\.\d+)*$/;
function libraryHint(lib, base) {
  const runtime = C_RUNTIME.test(lib);
  if (runtime && (base === "scratch" || base === "distroless-static" || base === "busybox")) {
    return [
      `${code(lib)} is part of the C library, which this base does not have: a dynamically linked program cannot start on it.`,
      'Link statically (`CGO_ENABLED=0` for Go, `-static` for C, `RUSTFLAGS="-C target-feature=+crt-static"` for Rust), or use a base with the C library: `gcr.io/distroless/cc-debian12` for glibc programs (`gcr.io/distroless/base-debian12` adds OpenSSL), `alpine` for musl programs.'
    ].join(" ");
  }
  if (base === "alpine") {
    return `Install the package that ships it in the final stage; apk finds it by the library's name: \`RUN apk add --no-cache so:${lib}\`. Or copy it from the build stage, or link statically.`;
  }
  if (base === "debian") {
    return `Install the package that ships it in the final stage (\`apt-file search ${lib}\` names it): \`RUN apt-get update && apt-get install -y --no-install-recommends PACKAGE\`. Or copy it from the build stage, or link statically.`;
  }
  return void 0;
}
function interpreterPackage(path4) {
  const name = path4.slice(path4.lastIndexOf("/") + 1);
  const known = {
    bash: { apk: "bash", apt: "bash" },
    python3: { apk: "python3", apt: "python3" },
    python: { apk: "python3", apt: "python-is-python3" },
    node: { apk: "nodejs", apt: "nodejs" },
    perl: { apk: "perl", apt: "perl" },
    ruby: { apk: "ruby", apt: "ruby" },
    zsh: { apk: "zsh", apt: "zsh" }
  };
  return known[name];
}
var ARCH_RULES = /* @__PURE__ */ new Set(["binary-arch-mismatch", "go-buildinfo-mismatch", "identical-binary"]);
function ecosystemOf(file, lines) {
  const b = file?.binary;
  if (lines && /^\s*ADD\s+(--\S+\s+)*https?:|\b(curl|wget)\b/i.test(lines)) return "download";
  if (lines && /^\s*(COPY|ADD)\s/i.test(lines) && !/--from=/i.test(lines)) return "prebuilt";
  if (b?.format === "elf" && b.go) return "go";
  if (b?.format === "elf" && /rustc/i.test(b.compiler ?? "")) return "rust";
  if (b?.format === "elf" && /GCC|clang/i.test(b.compiler ?? "")) return "c";
  if (lines && /\bgo (build|install)\b/.test(lines)) return "go";
  return "unknown";
}
function fileOf(f, facts2) {
  if (!f.path) return void 0;
  return facts2?.find((p) => formatPlatform(p.platform) === f.platform)?.executables.find((e) => e.path === f.path);
}
function editFor(f, ctx, file, facts2) {
  const lines = ctx.lines ?? [];
  const line = f.location?.line;
  const ins = line !== void 0 ? instructionAt(ctx.stages, line) : void 0;
  const stage = ins ? stageOf(ctx.stages, ins.line) : void 0;
  const final = targetStage(ctx.stages, ctx.target);
  const { base, stage: baseStage } = baseOf(ctx.stages, final);
  const install2 = (command, what) => baseStage ? rebase(lines, baseStage, void 0, [`RUN ${command}`], `installs ${what}`) : void 0;
  const first = (...edits) => {
    for (const e of edits) {
      const r = e();
      if (r) return r;
    }
    return void 0;
  };
  if (ARCH_RULES.has(f.rule) || f.rule === "dockerfile-hardcoded-platform") {
    if (!ins || !stage) return { base };
    return {
      base,
      edit: first(
        () => unpinFrom(lines, stage, ins),
        () => goTargetVars(lines, stage, ins),
        () => urlForTarget(lines, stage, ins),
        () => copyForTarget(lines, stage, ins),
        () => goBuildForTarget(lines, stage, ins)
      )
    };
  }
  if (f.rule === "cpu-variant-mismatch") {
    if (!ins || !stage) return { base };
    return {
      base,
      edit: first(
        () => goTargetVars(lines, stage, ins, true),
        () => copyForTarget(lines, stage, ins, true)
      )
    };
  }
  if (f.rule === "interpreter-missing" || f.rule === "library-missing" && !f.evidence?.skipped) {
    if (file?.binary.format === "elf" && file.binary.go && ins && stage)
      return { base, edit: goStatic(lines, stage, ins) };
    const musl = file?.binary.format === "elf" && /ld-musl/.test(file.binary.interpreter ?? "");
    const missing = String(f.evidence?.missing ?? "").split(" ")[0] ?? "";
    const runtime = f.rule === "interpreter-missing" || C_RUNTIME.test(missing);
    if (baseStage && runtime && (base === "scratch" || base === "distroless-static" || base === "busybox")) {
      const image = musl ? "alpine:3" : "gcr.io/distroless/cc-debian12";
      return {
        base,
        edit: rebase(
          lines,
          baseStage,
          image,
          [],
          `runs the program on a base with its C library (${musl ? "musl" : "glibc"})`
        )
      };
    }
    if (base === "alpine" && f.rule === "library-missing" && /^[\w.+-]+$/.test(missing))
      return { base, edit: install2(`apk add --no-cache so:${missing}`, `the package that ships ${code(missing)}`) };
    return { base };
  }
  if (f.rule === "shebang-interpreter-missing") {
    const pkg = interpreterPackage(String(f.evidence?.program ?? f.evidence?.interpreter ?? ""));
    if (pkg && base === "alpine") return { base, edit: install2(`apk add --no-cache ${pkg.apk}`, code(pkg.apk)) };
    if (pkg && base === "debian") {
      const apt = `apt-get update && apt-get install -y --no-install-recommends ${pkg.apt} && rm -rf /var/lib/apt/lists/*`;
      return { base, edit: install2(apt, code(pkg.apt)) };
    }
    return { base };
  }
  if (f.rule === "entrypoint-not-found" && f.path && ins && stage) {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    const p = facts2?.find((x) => formatPlatform(x.platform) === f.platform);
    const found = [...new Set(p?.executables.filter((e) => e.path.endsWith(`/${name}`)).map((e) => e.path))];
    if (found.length === 1 && found[0] && /^[\w./-]+$/.test(found[0]))
      return { base, edit: entrypointTo(lines, stage, ins, f.path, found[0]) };
  }
  return { base };
}
function withFix(f, ctx) {
  const file = fileOf(f, ctx.facts);
  const df = ctx.dockerfile;
  const ins = df && f.location ? instructionAt(df.stages, f.location.line) : void 0;
  const written2 = df?.lines && ins ? df.lines.slice(ins.line - 1, ins.endLine).join("\n") : void 0;
  const out = { ...f };
  const { base, edit } = df?.lines ? editFor(f, df, file, ctx.facts) : { base: "other", edit: void 0 };
  const windows = f.platform.startsWith("windows");
  if (ARCH_RULES.has(f.rule) && !windows || f.rule === "dockerfile-hardcoded-platform" && !/--platform/.test(f.message))
    out.hint = archHint(ecosystemOf(file, written2), f.path ?? /\s-o\s+(\/\S+)/.exec(written2 ?? "")?.[1] ?? "/app");
  if (f.rule === "interpreter-missing" && typeof f.evidence?.interpreter === "string")
    out.hint = loaderHint(f.evidence.interpreter, base);
  if (f.rule === "library-missing" && !f.evidence?.skipped) {
    const lib = String(f.evidence?.missing ?? "").split(" ")[0] ?? "";
    out.hint = lib && libraryHint(lib, base) || f.hint;
  }
  if (edit && df) out.fix = { file: df.file, ...edit };
  return out;
}
var WINDOWS_ARCH_HINT = [
  "Build each Windows platform its own program, for the architecture buildx names in `TARGETARCH` (amd64, arm64). With Go, cross-compile in a stage that runs on the build machine:",
  "",
  "    FROM --platform=$BUILDPLATFORM golang:alpine AS build",
  "    ARG TARGETARCH",
  "    RUN CGO_ENABLED=0 GOOS=windows GOARCH=$TARGETARCH go build -o /out/app.exe .",
  "",
  "With .NET, publish for the matching runtime, `win-x64` for amd64 and `win-arm64` for arm64:",
  "",
  "    ARG TARGETARCH",
  '    RUN dotnet publish -c Release -r win-$([ "$TARGETARCH" = amd64 ] && echo x64 || echo $TARGETARCH) -o /out',
  "",
  "(or publish framework-dependent IL without `-r` and start it with `dotnet app.dll`, which runs on any architecture). For a downloaded program, put the architecture in the URL from `TARGETARCH` (many releases call amd64 `x64`). Never copy one `.exe` into every platform."
].join("\n");

// src/checks/pe.ts
function peVerdict(p, f, pe) {
  if (peExclusionOf(f, pe) || !ARCHITECTURES[p.platform.architecture]?.pe) return void 0;
  const c = peCode(pe);
  if (c.anyCpu) return void 0;
  const code2 = peArchitecture(c.machine);
  const machine = describePeMachine(c.machine);
  const want = code2 ? ARCHITECTURES[code2]?.pe?.bits : void 0;
  if (want !== void 0 && pe.bits !== want) return { ...code2 ? { code: code2 } : {}, machine, runs: "bad-class" };
  const runs = code2 ? windowsRuns(code2, p.platform.architecture, p.windows?.wow64 ?? false) : "no";
  return { ...code2 ? { code: code2 } : {}, machine, runs };
}

// src/checks/types.ts
function sameOsGroups(platforms) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of platforms) {
    const os2 = parsePlatform(p.platform).os;
    groups.set(os2, [...groups.get(os2) ?? [], p]);
  }
  return [...groups.values()];
}
function crossRule(spec) {
  const { each, ...base } = spec;
  return { ...base, scope: "cross", check: ({ platforms }) => sameOsGroups(platforms).flatMap((group) => each(group)) };
}
var INSPECTED = ["inspected"];
var LINUX = ["linux"];
function platformRule(spec) {
  const statuses = spec.statuses ?? INSPECTED;
  const systems = spec.os ?? LINUX;
  return {
    id: spec.id,
    scope: "platform",
    os: systems,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    help: spec.help,
    check({ platforms }) {
      const out = [];
      for (const p of platforms) {
        if (!statuses.includes(p.status) || !systems.includes(osFamily(p.platform))) continue;
        for (const d of spec.each(p, platforms)) {
          const f = {
            rule: spec.id,
            severity: d.severity ?? spec.defaultSeverity,
            platform: formatPlatform(p.platform),
            ...d.path !== void 0 ? { path: d.path } : {},
            message: d.message,
            hint: d.hint ?? spec.help,
            ...d.evidence ? { evidence: d.evidence } : {},
            ...d.location ? { location: d.location } : {}
          };
          out.push(f);
        }
      }
      return out;
    }
  };
}

// src/checks/binary-arch-mismatch.ts
function describe(elf) {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === "little" ? "LSB" : "MSB"})`;
}
function elfDrafts(p) {
  const out = [];
  const ep = p.entrypoint?.resolved ? p.entrypoint : void 0;
  const judge = (path4, elf, role) => {
    const plat = formatPlatform(p.platform);
    const found = elfArchitecture(elf);
    const expected = expectedElf(p.platform);
    out.push({
      severity: ROLE_SEVERITY[role],
      path: path4,
      message: `${ROLE_NAME[role]} ${code(path4)} is ${article(describe(elf))} ELF, but this image is ${plat}. On ${article(p.platform.architecture)} host it fails with \`exec format error\`. It may still run on a machine with QEMU binfmt handlers installed, as on many CI runners, which is how this slips through.`,
      evidence: {
        elfMachine: elf.machine,
        elfClass: elf.bits,
        elfData: elf.endian,
        ...found ? { elfArchitecture: found } : {},
        ...expected ? { expectedMachine: expected.machine } : {}
      }
    });
  };
  if (ep && ep.binary.format === "elf" && !elfMatchesPlatform(ep.binary, p.platform)) {
    judge(ep.resolvedPath, ep.binary, "entrypoint");
  }
  for (const f of p.executables) {
    if (f.binary.format !== "elf" || f.path === ep?.resolvedPath) continue;
    if (elfMatchesPlatform(f.binary, p.platform) || exclusionOf(f, f.binary)) continue;
    if (f.module || isLibraryName(f.path)) continue;
    judge(f.path, f.binary, roleOf(p, f.path));
  }
  return out;
}
var WINDOWS_FAILS = {
  no: 'Windows cannot start it ("The image file \u2026 is valid, but is for a machine type other than the current machine")',
  "bad-class": 'its PE32/PE32+ class does not fit its machine, so no Windows starts it ("not a valid Win32 application")'
};
function windowsDrafts(p) {
  const out = [];
  const plat = formatPlatform(p.platform);
  for (const f of p.executables) {
    if (f.binary.format !== "pe") continue;
    const v = peVerdict(p, f, f.binary);
    if (!v || v.runs === "native" || v.runs === "wow64") continue;
    const role = roleOf(p, f.path);
    const what = `${ROLE_NAME[role]} ${code(f.path)} is ${article(v.machine)} Windows program (PE${f.binary.bits === 64 ? "32+" : "32"})`;
    const evidence = {
      peMachine: `0x${f.binary.machine.toString(16)}`,
      ...f.binary.bits ? { peClass: f.binary.bits } : {},
      ...v.code ? { peArchitecture: v.code } : {}
    };
    if (v.runs === "emulated") {
      if (/^C:\\Windows\\/i.test(f.path)) continue;
      out.push({
        severity: "warning",
        path: f.path,
        message: `${what}, but this image is ${plat}. Windows on Arm runs it only through its x86/x64 emulation, slower, and only on versions that have it (Windows 11, Windows Server 2025).`,
        hint: WINDOWS_ARCH_HINT,
        evidence
      });
      continue;
    }
    const wow = v.code === "386" && p.platform.architecture === "amd64";
    out.push({
      severity: ROLE_SEVERITY[role],
      path: f.path,
      message: `${what}, but this image is ${plat}: ${WINDOWS_FAILS[v.runs]}.` + (wow ? " This image has no WoW64 (C:\\Windows\\SysWOW64), which runs 32-bit x86 programs: Nano Server has none." : ""),
      hint: wow ? `${WINDOWS_ARCH_HINT}

Or base the image on Server Core, whose WoW64 runs 32-bit x86 programs.` : WINDOWS_ARCH_HINT,
      evidence
    });
  }
  return out;
}
var FORMAT = {
  elf: "an ELF program (Linux and other Unix systems)",
  pe: "a Windows program (PE)",
  macho: "a macOS program (Mach-O)",
  wasm: "a WebAssembly module",
  script: "a `#!` script"
};
function formatDraft(p) {
  const ep = p.entrypoint?.resolved ? p.entrypoint : void 0;
  const family = osFamily(p.platform);
  if (!ep) return [];
  const targets = [ep, ...ep.inner?.resolved ? [ep.inner] : []];
  const out = [];
  for (const t of targets) {
    if (!t.resolved) continue;
    const f = t.binary.format;
    const foreign = family === "windows" ? f === "elf" || f === "macho" || f === "wasm" || f === "script" : family === "wasm" ? f === "elf" || f === "pe" || f === "macho" || f === "script" : f === "pe" || f === "macho" && p.platform.os !== "darwin";
    if (!foreign || !FORMAT[f]) continue;
    const plat = formatPlatform(p.platform);
    const fails2 = family === "windows" ? 'Windows cannot start it ("not a valid Win32 application")' : family === "wasm" ? "a WebAssembly runtime cannot start it" : "the kernel cannot start it (`exec format error`)";
    out.push({
      path: t.resolvedPath,
      message: `The entrypoint ${code(t.resolvedPath)} is ${FORMAT[f]}, but this image is ${plat}: ${fails2}.`,
      hint: family === "windows" ? WINDOWS_ARCH_HINT : family === "wasm" ? "Point the entrypoint at the `.wasm` module the build makes (`GOOS=wasip1 GOARCH=wasm`, `--target wasm32-wasip1`)." : ARCH_HINT,
      evidence: { format: f }
    });
  }
  return out;
}
var binaryArchMismatch = platformRule({
  id: "binary-arch-mismatch",
  defaultSeverity: "error",
  os: FILES_OS,
  description: "A program's ELF machine, class or byte order (or a Windows program's PE machine) is not the platform's, or the entrypoint is another system's format: error for the entrypoint and PATH directories, warning elsewhere (libraries and native modules are judged by what loads them).",
  help: ARCH_HINT,
  each(p) {
    const family = osFamily(p.platform);
    if (family === "windows") return [...formatDraft(p), ...windowsDrafts(p)];
    if (family === "wasm") return formatDraft(p);
    return [...formatDraft(p), ...elfDrafts(p)];
  }
});

// src/checks/build-failed.ts
var buildFailed = platformRule({
  id: "build-failed",
  defaultSeverity: "error",
  os: ALL_OS,
  statuses: ["build-failed"],
  description: "buildx failed for that platform. It carries the failing step and the log tail.",
  help: "Read the failing step in the end of the build log shown with this finding. A step that works on one platform and fails on another often downloads or runs a binary for the wrong architecture; derive it from `ARG TARGETARCH`.",
  each(p) {
    const b = p.build;
    if (!b) return [];
    const d = {
      message: b.step ? `The build for ${formatPlatform(p.platform)} failed at ${code(b.step)}.` : `The build for ${formatPlatform(p.platform)} failed.`,
      evidence: { logTail: b.logTail }
    };
    if (b.location) d.location = b.location;
    return [d];
  }
});

// src/checks/config-platform-mismatch.ts
function show(p) {
  return code([p.os || "?", p.architecture || "?", p.variant].filter(Boolean).join("/"));
}
var configPlatformMismatch = platformRule({
  id: "config-platform-mismatch",
  defaultSeverity: "error",
  os: ALL_OS,
  description: "The index entry's platform, the image config's os/architecture/variant and the requested platform disagree.",
  help: "Rebuild with `docker buildx build --platform ...` instead of editing manifests by hand, and make sure each platform image was built for that platform.",
  each(p) {
    if (!p.config) return [];
    const cfg = normalizePlatform(p.config);
    let problem;
    if (!p.config.os || !p.config.architecture) {
      problem = "the image config does not say its os and architecture";
    } else if (p.indexPlatform && !samePlatform(p.indexPlatform, cfg) && !platformMatches(p.indexPlatform, cfg)) {
      problem = `the index lists it as ${show(p.indexPlatform)} but its config says ${show(p.config)}`;
    } else if (!platformMatches(p.platform, cfg)) {
      problem = `it was requested as ${show(p.platform)} but its config says ${show(p.config)}`;
    }
    if (!problem) return [];
    return [
      {
        message: `The image for ${formatPlatform(p.platform)} is labelled inconsistently: ${problem}. Runtimes pick images by the index and trust the config, so this image may be pulled where it cannot run.`
      }
    ];
  }
});

// src/checks/cpu-variant-mismatch.ts
var ARM_CPU_OK = {
  v5: (t) => t <= 5,
  v6: (t) => t <= 9 || t === 11 || t === 12,
  v7: (t) => t <= 10 || t === 13,
  v8: () => true
};
var CPU_NAME = {
  4: "ARMv5TE",
  5: "ARMv5TEJ",
  6: "ARMv6",
  9: "ARMv6K",
  10: "ARMv7",
  13: "ARMv7E-M",
  14: "ARMv8"
};
var VARIANT_HINT = "Build for the lowest CPU the platform promises: with Go, buildx sets `TARGETVARIANT` (v6, v7) for arm; pass `GOARM=${TARGETVARIANT#v}` (and leave GOAMD64 at v1 for linux/amd64, or publish linux/amd64/v3 as its own platform). With GCC, use the toolchain and `-march` of the platform (armel for arm/v5 and v6, armhf for arm/v7).";
function finding(f, message3, evidence) {
  return { path: f.path, message: message3, ...evidence ? { evidence } : {} };
}
function variantNumber(p, fallback) {
  const m = /^v(\d+)/.exec(p.variant ?? "");
  return m ? Number(m[1]) : fallback;
}
var cpuVariantMismatch = platformRule({
  id: "cpu-variant-mismatch",
  defaultSeverity: "warning",
  os: ["linux", "unix"],
  description: "GOARM or ARM attributes newer than an arm/vN image; GOAMD64=vN above an amd64 image's variant; a soft/hard float ABI against the image's loader.",
  help: VARIANT_HINT,
  each(p) {
    const out = [];
    const arch = p.platform.architecture;
    const loaderAbis = new Set((p.armLoaders ?? []).map((l) => ARM_LOADERS[l]));
    for (const f of p.executables) {
      const b = f.binary;
      if (b.format !== "elf" || exclusionOf(f, b)) continue;
      const plat = formatPlatform(p.platform);
      if (arch === "arm") {
        const variant = p.platform.variant ?? "v7";
        const goarm = Number(b.go?.settings.GOARM ?? NaN);
        if (b.machine === 40 && goarm > variantNumber(p.platform, 7)) {
          out.push(
            finding(
              f,
              `${code(f.path)} was built with GOARM=${goarm}, newer than this ${plat} image promises: on an ARM${variant} CPU it crashes with "illegal instruction".`,
              { goarm }
            )
          );
          continue;
        }
        const tag = b.arm?.cpuArch;
        const ok = ARM_CPU_OK[variant];
        if (tag !== void 0 && ok && !ok(tag)) {
          out.push(
            finding(
              f,
              `${code(f.path)} needs ${CPU_NAME[tag] ?? `Tag_CPU_arch ${tag}`}, newer than this ${plat} image promises: on an ARM${variant} CPU it crashes with "illegal instruction".`,
              { tagCpuArch: tag }
            )
          );
          continue;
        }
        if (b.interpreter && b.armFloat && loaderAbis.size === 1 && !loaderAbis.has(b.armFloat)) {
          const has = [...loaderAbis][0];
          out.push(
            finding(
              f,
              `${code(f.path)} uses the ${b.armFloat}-float ABI, but this image's C library is ${has}-float (${(p.armLoaders ?? []).join(", ")}): it cannot load.`,
              { floatAbi: b.armFloat }
            )
          );
        }
      }
      if (arch === "amd64") {
        const level = Number(/^v(\d)$/.exec(b.go?.settings.GOAMD64 ?? "")?.[1] ?? NaN);
        if (level > variantNumber(p.platform, 1)) {
          out.push(
            finding(
              f,
              `${code(f.path)} was built with GOAMD64=v${level}, above this ${plat} image's x86-64 level: on older CPUs it crashes with "illegal instruction".`,
              { goamd64: `v${level}` }
            )
          );
        }
      }
    }
    return out;
  }
});

// src/checks/cross-platform-drift.ts
function normalisePath(path4) {
  return archNeutral(/^[A-Za-z]:\\/.test(path4) ? path4.toLowerCase() : path4);
}
function isProgram(f) {
  if (f.format === "pe") return !f.ignored && !f.dll && !/^[A-Za-z]:\\windows\\/i.test(f.path);
  return f.format === "elf" && !f.ignored && !/\.so(\.\d+)*$|\/ld-[^/]*\.so/.test(f.path);
}
var DRIFT_HINT = "Build every platform from the same steps: a step that only runs on some platforms (a download that exists for one architecture, a `case $TARGETARCH` without a branch for each) leaves the others without the program, and building each platform from a different commit or tag ships different versions under one tag.";
var crossPlatformDrift = crossRule({
  id: "cross-platform-drift",
  defaultSeverity: "warning",
  description: "An executable exists on some platforms and not on others, or the same Go main module has different versions or vcs.revision across platforms.",
  help: DRIFT_HINT,
  each: drift
});
function drift(platforms) {
  if (platforms.length < 2) return [];
  const out = [];
  const byPlatform = platforms.map((p) => {
    const arch = parsePlatform(p.platform).architecture;
    const present = p.files.filter(isProgram);
    return {
      platform: p.platform,
      // Every program the image has, foreign or not: a foreign one is there (binary-arch-mismatch reports it).
      present: new Set(present.map((f) => normalisePath(f.path))),
      // The reference: its native programs (and .NET AnyCPU programs, native everywhere).
      programs: new Map(present.filter((f) => f.architecture === arch || f.anyCpu).map((f) => [normalisePath(f.path), f]))
    };
  });
  const all = /* @__PURE__ */ new Map();
  for (const p of byPlatform) for (const [k, f] of p.programs) if (!all.has(k)) all.set(k, f);
  for (const [key, example] of all) {
    const has = byPlatform.filter((p) => p.present.has(key)).map((p) => p.platform);
    if (has.length === byPlatform.length) {
      const versions = new Map(
        byPlatform.map((p) => [p.platform, p.programs.get(key)?.goModule]).filter(([, v]) => v)
      );
      if (new Set(versions.values()).size > 1) {
        const list2 = [...versions].map(([plat, v]) => `${v} on ${plat}`).join(", ");
        out.push({
          rule: "cross-platform-drift",
          severity: "warning",
          platform: [...versions.keys()].at(-1),
          path: example.path,
          message: `${code(example.path)} is not the same build on every platform: ${list2}.`,
          hint: DRIFT_HINT,
          evidence: { versions: list2 }
        });
      }
      continue;
    }
    for (const p of byPlatform) {
      if (p.present.has(key)) continue;
      out.push({
        rule: "cross-platform-drift",
        severity: "warning",
        platform: p.platform,
        path: example.path,
        message: `${code(example.path)} is in the ${has.join(", ")} image${has.length > 1 ? "s" : ""} but not in this one.`,
        hint: DRIFT_HINT,
        evidence: { presentOn: has.join(" ") }
      });
    }
  }
  return out;
}

// src/checks/dockerfile-hardcoded-platform.ts
var TARGET_VARS = /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b/;
var ARCH_AWARE = /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b|uname\s+-m|dpkg\s+--print-architecture|apk\s+--print-arch|\$\(arch\)/;
var URL_WITH_ARCH = /https?:\/\/[^\s"'`]*?(?<![a-z0-9])(amd64|x86_64|x86-64|arm64|aarch64)(?![a-z0-9])[^\s"'`]*/gi;
var DOWNLOADER = /^(curl|wget)$/;
var URL_FLAG = /--[a-z-]*url[= ]\s*["']?$/i;
var CONST_GO = [/\b(GOARCH)=(?!\$)["']?([a-z0-9_]+)/, /\b(GOOS)=(?!\$|["']?linux\b)["']?([a-z0-9_]+)/];
function commandWord(segment) {
  const words2 = segment.trim().replace(/^[({!\s]+/, "").split(/\s+/);
  let i = 0;
  while (i < words2.length && /^([A-Za-z_]\w*=\S*|sudo|env|exec|command|time)$/.test(words2[i])) i++;
  return (words2[i] ?? "").replace(/^.*\//, "");
}
function downloadedArchUrl(keyword, args) {
  const text = args.replace(/\\\r?\n/g, (m) => " ".repeat(m.length));
  const urls = [...text.matchAll(URL_WITH_ARCH)];
  if (keyword === "ADD") return urls[0];
  const segments = [];
  let start = 0;
  for (const m of text.matchAll(/&&|\|\||[;|\n]/g)) {
    segments.push({ start, end: m.index, word: commandWord(text.slice(start, m.index)) });
    start = m.index + m[0].length;
  }
  segments.push({ start, end: text.length, word: commandWord(text.slice(start)) });
  const downloads = segments.some((s) => DOWNLOADER.test(s.word));
  return urls.find((u) => {
    const at = u.index ?? 0;
    const seg = segments.find((s) => at >= s.start && at < s.end);
    if (!seg) return false;
    const before = text.slice(seg.start, at);
    if (DOWNLOADER.test(seg.word) || URL_FLAG.test(before)) return true;
    return downloads && /\b[A-Za-z_]\w*=["']?$/.test(before);
  });
}
function finding2(file, ins, message3) {
  return {
    rule: "dockerfile-hardcoded-platform",
    severity: "warning",
    platform: DOCKERFILE_SCOPE,
    message: message3,
    hint: ARCH_HINT,
    location: { file, line: ins.line }
  };
}
var dockerfileHardcodedPlatform = {
  id: "dockerfile-hardcoded-platform",
  scope: "dockerfile",
  defaultSeverity: "warning",
  description: "The Dockerfile pins an architecture: GOARCH=amd64, a constant FROM --platform=linux/amd64, or a download (curl, wget, ADD, a --url flag) of an amd64/x86_64 URL not derived from TARGETARCH.",
  help: ARCH_HINT,
  check({ file, stages }) {
    const out = [];
    for (const stage of stages) {
      if (stage.platform && !stage.platform.includes("$")) {
        out.push(
          finding2(
            file,
            stage.from,
            `${code(`FROM --platform=${stage.platform}`)} pins this stage to one platform: in a multi-platform build every platform gets what it builds.`
          )
        );
      }
      let pinnedGo = false;
      for (const ins of stage.instructions) {
        const text = ins.args;
        if (ins.keyword === "RUN" || ins.keyword === "ENV") {
          const line = ins.keyword === "ENV" ? text.replace(/\b(GOARCH|GOOS)\s+(?!=)/, "$1=") : text;
          const m = CONST_GO.map((re) => re.exec(line)).find(Boolean);
          if (m) {
            pinnedGo = true;
            out.push(
              finding2(
                file,
                ins,
                `${code(`${m[1]}=${m[2]}`)} builds for one ${m[1] === "GOARCH" ? "architecture" : "OS"} whatever platform is being built: every image of a multi-platform build gets that binary.`
              )
            );
            continue;
          }
        }
        if (ins.keyword === "RUN" || ins.keyword === "ADD") {
          const url = downloadedArchUrl(ins.keyword, text);
          if (url && !ARCH_AWARE.test(text)) {
            out.push(
              finding2(
                file,
                ins,
                `The download ${code(url[0])} names ${code(url[1])} rather than the target architecture: every platform gets the ${url[1]} file.`
              )
            );
          }
        }
      }
      const onBuildPlatform = stage.platform?.replace(/[{}]/g, "") === "$BUILDPLATFORM";
      const compiles = stage.instructions.some(
        (i) => i.keyword === "RUN" && /\b(go build|go install|cargo build|gcc|g\+\+|clang|make)\b/.test(i.args)
      );
      const asks = stage.instructions.some((i) => TARGET_VARS.test(i.args)) || stage.instructions.some((i) => i.keyword === "ARG" && /\bTARGET(ARCH|OS|PLATFORM)\b/.test(i.args));
      if (onBuildPlatform && compiles && !asks && !pinnedGo) {
        out.push(
          finding2(
            file,
            stage.from,
            `This stage runs on the build machine (${code("--platform=$BUILDPLATFORM")}) and compiles, but never uses TARGETOS/TARGETARCH: it builds for the build machine, not for each target platform.`
          )
        );
      }
    }
    return out;
  }
};

// src/checks/entrypoint-not-executable.ts
function canExecute(mode, fileUid, fileGid, user) {
  const [u = "", g] = (user ?? "").split(":");
  if (u === "" || u === "0" || u === "root") return (mode & 73) !== 0;
  if (!/^\d+$/.test(u)) return void 0;
  if (Number(u) === fileUid) return (mode & 64) !== 0;
  if (g !== void 0 && /^\d+$/.test(g) && Number(g) === fileGid) return (mode & 8) !== 0;
  return (mode & 1) !== 0;
}
var entrypointNotExecutable = platformRule({
  id: "entrypoint-not-executable",
  defaultSeverity: "error",
  os: FILES_OS,
  description: "Entrypoint/Cmd[0] resolves to a file without an exec bit for the image's User, or to a directory.",
  help: "Make the program executable in the build (`COPY --chmod=0755 app /app`, or `RUN chmod +x /app`), and point ENTRYPOINT at the program, not its directory.",
  each(p) {
    const ep = p.entrypoint;
    if (!ep?.resolved) return [];
    const who = p.user ? `user ${p.user}` : "root";
    const modes = ["linux", "unix"].includes(osFamily(p.platform));
    const problem = ep.isDirectory ? "is a directory" : modes && canExecute(ep.mode, ep.uid, ep.gid, p.user) === false ? `has mode ${(ep.mode & 4095).toString(8).padStart(4, "0")}, which ${who} may not execute` : void 0;
    if (!problem) return [];
    return [
      {
        path: ep.resolvedPath,
        message: `The command ${code(ep.resolvedPath)} ${problem}: the container fails to start with "permission denied".`,
        evidence: { mode: (ep.mode & 4095).toString(8), user: p.user ?? "" }
      }
    ];
  }
});

// src/checks/entrypoint-not-found.ts
function fails(windows) {
  return windows ? 'The container fails to start: "The system cannot find the file specified."' : 'The container fails to start with "no such file or directory".';
}
var entrypointNotFound = platformRule({
  id: "entrypoint-not-found",
  defaultSeverity: "error",
  os: FILES_OS,
  description: "Entrypoint/Cmd[0] does not resolve (PATH lookup, WorkingDir-relative, symlinks followed inside the image; on Windows as CreateProcess and cmd.exe find it).",
  help: "Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app /app`). A relative path such as `./server` is looked up in WORKDIR; a bare name is looked up on PATH.",
  each(p) {
    const ep = p.entrypoint;
    if (!ep) return [];
    const windows = osFamily(p.platform) === "windows";
    if (ep.resolved) {
      const inner = ep.inner;
      if (!inner || inner.resolved || inner.uncertain) return [];
      const name = inner.argv[0] ?? "";
      return [
        {
          path: name,
          message: `The command runs ${code(name)} through ${code(ep.resolvedPath)} (a shell form), but ${inner.reason}: cmd prints "'${name.replace(/`/g, "'")}' is not recognized as an internal or external command" and the container exits.`,
          hint: 'Check the path in the shell-form ENTRYPOINT/CMD against where the build puts the file (`COPY app.exe C:/app/`), or use the exec form: `ENTRYPOINT ["C:\\\\app\\\\app.exe"]`.',
          evidence: { searched: inner.searched.join(";") }
        }
      ];
    }
    if (ep.uncertain) return [];
    const cmd = ep.argv[0];
    if (cmd === void 0 || cmd === "") return [];
    const d = {
      path: cmd,
      message: `The command ${code(cmd)} cannot be found: ${ep.reason}. ${fails(windows)}`,
      evidence: { searched: ep.searched.join(windows ? ";" : ":") }
    };
    if (windows) {
      d.hint = "Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app.exe C:/app/`). Windows adds `.exe` to a name without an extension, looks for a bare name in WORKDIR, C:\\Windows\\System32, C:\\Windows and PATH, and takes a relative path from WORKDIR.";
    }
    return [d];
  }
});

// src/checks/entrypoint-unset.ts
var entrypointUnset = platformRule({
  id: "entrypoint-unset",
  defaultSeverity: "note",
  os: FILES_OS,
  description: "The image sets no Entrypoint and no Cmd, so `docker run` needs a command: a note by default (right for artifact, data and base images); raise it to an error to require an entrypoint.",
  help: 'If the image should start a program by itself, add `ENTRYPOINT ["/path/to/app"]` (or `CMD [...]`) to the final stage. To require one, set `entrypoint-unset: {severity: error}` under `rules:` in the config file; to hide this note, `severity: off`.',
  each(p) {
    const ep = p.entrypoint;
    if (!ep || ep.resolved || ep.argv[0]) return [];
    return [
      {
        message: "The image sets no Entrypoint or Cmd: `docker run` needs a command. That is right for an artifact, data or base image.",
        evidence: { searched: "" }
      }
    ];
  }
});

// src/checks/go-buildinfo-mismatch.ts
var goBuildinfoMismatch = platformRule({
  id: "go-buildinfo-mismatch",
  defaultSeverity: "error",
  os: ["linux", "unix", "windows"],
  description: "A Go binary's recorded GOOS/GOARCH (its build info) is not the platform's.",
  help: ARCH_HINT,
  each(p) {
    const out = [];
    const windows = osFamily(p.platform) === "windows";
    for (const f of p.executables) {
      const b = f.binary;
      let go;
      if (!windows && b.format === "elf" && !exclusionOf(f, b)) go = b.go;
      if (windows && b.format === "pe" && !peExclusionOf(f, b)) go = b.go;
      if (!go) continue;
      const { GOOS: goos, GOARCH: goarch } = go.settings;
      if (!goos || !goarch) continue;
      const built = normalizePlatform({ os: goos, architecture: goarch });
      const arch = p.platform.architecture;
      const runs = windows ? ARCHITECTURES[arch]?.pe === void 0 || windowsRuns(built.architecture, arch, p.windows?.wow64 ?? false) !== "no" : built.architecture === arch;
      if (built.os === p.platform.os && runs) continue;
      out.push({
        path: f.path,
        message: `${code(f.path)} was built by ${go.goVersion} with GOOS=${goos} GOARCH=${goarch}, but this image is ${formatPlatform(p.platform)}.`,
        ...windows ? { hint: WINDOWS_ARCH_HINT } : {},
        evidence: { goos, goarch, goVersion: go.goVersion }
      });
    }
    return out;
  }
});

// src/checks/identical-binary.ts
var HELP = "Build each platform separately (`docker buildx build --platform a,b` with `TARGETARCH` in the build), instead of copying one build output into every platform or retagging an image.";
var identicalBinary = crossRule({
  id: "identical-binary",
  defaultSeverity: "error",
  description: "The byte-identical executable ships under two platforms of different architectures (one image relabelled).",
  help: HELP,
  each: identical
});
function identical(platforms) {
  const bySha = /* @__PURE__ */ new Map();
  for (const p of platforms) {
    const arch = parsePlatform(p.platform).architecture;
    for (const file of p.files) {
      if (file.format !== "elf" && file.format !== "pe" || !file.sha256 || file.ignored) continue;
      const list2 = bySha.get(file.sha256) ?? [];
      list2.push({ platform: p.platform, arch, file });
      bySha.set(file.sha256, list2);
    }
  }
  const out = [];
  for (const [sha, copies] of bySha) {
    if (new Set(copies.map((c) => c.arch)).size < 2) continue;
    for (const c of copies) {
      if (!c.file.architecture || c.file.architecture === c.arch) continue;
      const own = copies.find((o) => o.arch === c.file.architecture);
      const home = c.file.format === "pe" ? own : own ?? copies.find((o) => o !== c);
      if (!home) continue;
      out.push({
        rule: "identical-binary",
        severity: "error",
        platform: c.platform,
        path: c.file.path,
        message: `${code(c.file.path)} is byte-identical to ${code(home.file.path)} of ${home.platform} (sha256 ${sha.slice(0, 12)}\u2026): the same ${c.file.machine ?? c.file.architecture} build ships in the ${c.platform} image, which looks like another platform's image relabelled.`,
        hint: HELP,
        evidence: { sha256: sha, samePlatform: home.platform, samePath: home.file.path }
      });
    }
  }
  return out;
}

// src/checks/image-unreadable.ts
var imageUnreadable = platformRule({
  id: "image-unreadable",
  defaultSeverity: "error",
  os: ALL_OS,
  statuses: ["unreadable"],
  description: "A platform image could not be read (corrupt blob, bad digest, unsupported format), so it is unverified.",
  help: "Rebuild or re-pull the image; a digest mismatch means the stored image is corrupt.",
  each: (p) => [
    { message: `The image for ${formatPlatform(p.platform)} could not be read: ${plain(p.error ?? "unknown error")}.` }
  ]
});

// src/checks/interpreter-missing.ts
var interpreterMissing = platformRule({
  id: "interpreter-missing",
  defaultSeverity: "error",
  os: ["linux", "unix"],
  description: "An ELF's PT_INTERP (its dynamic loader) is not in the image. The hint says glibc or musl.",
  help: "Match the C library: a glibc program needs a glibc base, a musl program a musl base; or link statically (`CGO_ENABLED=0` for Go, `-static` for C).",
  each(p) {
    const out = [];
    for (const f of p.executables) {
      const interp = f.deps?.interpreter;
      if (f.binary.format !== "elf" || !interp || interp.found || exclusionOf(f, f.binary)) continue;
      if (isLibraryName(f.path)) continue;
      const role = roleOf(p, f.path);
      out.push({
        severity: ROLE_SEVERITY[role],
        path: f.path,
        message: `${ROLE_NAME[role]} ${code(f.path)} needs the loader ${code(interp.path)}, which is not in the image: it fails to start with "no such file or directory", although the file is there.`,
        hint: loaderHint(interp.path),
        evidence: { interpreter: interp.path }
      });
    }
    return out;
  }
});

// src/checks/subject.ts
var RUNTIME_NAME = {
  python: "The Python extension module",
  node: "The Node.js native module",
  ruby: "The Ruby extension",
  perl: "The Perl XS module",
  php: "The PHP extension",
  java: "The JNI library",
  plugin: "The plugin"
};
function subjectOf(p, f) {
  if (f.module?.loaded)
    return { severity: f.module.runtime === "plugin" ? "warning" : "error", name: RUNTIME_NAME[f.module.runtime] };
  const role = roleOf(p, f.path);
  return { severity: ROLE_SEVERITY[role], name: ROLE_NAME[role] };
}

// src/checks/library-missing.ts
var HELP2 = "Install the package that ships the library in the final stage (`apt-get install`, `apk add`), or copy the library from the build stage into a directory the loader searches; on a `scratch` or distroless base, link statically (`CGO_ENABLED=0` for Go, `-static` for C, `target-feature=+crt-static` for Rust).";
var FOREIGN_HELP = "The library was copied from a build for another architecture. Copy it from a stage built for the target platform (a stage without `--platform=$BUILDPLATFORM`), or install it with the package manager of the final stage; when copying from multiarch directories, use the target's directory (`/usr/lib/$(uname -m)-linux-gnu` inside the stage, or a path derived from `TARGETARCH`).";
function loaderWords(m, libc) {
  if (libc === "musl") {
    const why2 = m.reason === "fatal" ? m.fatal?.error ?? "Exec format error" : "No such file or directory";
    return `Error loading shared library ${m.name}: ${why2} (needed by ${m.neededBy})`;
  }
  if (m.reason === "fatal" && m.fatal) return `error while loading shared libraries: ${m.fatal.path}: ${m.fatal.error}`;
  const wrongClass = m.skipped.find((s) => s.otherClass)?.otherClass;
  const reason = wrongClass ? `wrong ELF class: ELFCLASS${wrongClass}` : "cannot open shared object file: No such file or directory";
  return `error while loading shared libraries: ${m.name}: ${reason}`;
}
function why(m) {
  if (m.reason === "fatal" && m.fatal) return `The loader stops at ${code(m.fatal.path)}: ${m.fatal.error}`;
  if (m.skipped.length === 1) {
    const s = m.skipped[0];
    return `The only ${code(m.name)} on the loader's search path, ${code(s.path)}, is ${s.what}, and the loader passes it over`;
  }
  if (m.skipped.length > 1) {
    return `Every ${code(m.name)} on the loader's search path is for another machine (${m.skipped.map((s) => `${code(s.path)}: ${s.what}`).join(", ")})`;
  }
  return `The loader cannot find ${code(m.name)} in the image`;
}
function unique(list2) {
  return list2.filter((m, i) => list2.findIndex((x) => x.name === m.name) === i);
}
function brief(m) {
  if (m.reason === "fatal" && m.fatal) return `${code(m.name)} (${code(m.fatal.path)}: ${m.fatal.error})`;
  if (m.skipped.length) return `${code(m.name)} (only ${m.skipped.map((s) => `${code(s.path)}, ${s.what}`).join("; ")})`;
  return code(m.name);
}
var libraryMissing = platformRule({
  id: "library-missing",
  defaultSeverity: "error",
  description: "A library a program or native module needs (directly or through its libraries) is not found where the loader searches (RPATH/RUNPATH with $ORIGIN, LD_LIBRARY_PATH, ld.so.cache, the loader's own directories), or only in builds for another architecture.",
  help: HELP2,
  each(p) {
    const out = [];
    const plugin = (f) => f.module?.runtime === "plugin";
    const elsewhere = new Set(
      p.executables.filter((f) => !plugin(f)).flatMap((f) => (f.load?.missing ?? []).map((m) => m.name))
    );
    for (const f of p.executables) {
      const load = f.load;
      if (!load?.missing.length) continue;
      if (plugin(f) && load.missing.every((m) => elsewhere.has(m.name))) continue;
      const { severity, name } = subjectOf(p, f);
      const [first, ...more] = load.missing;
      const chain = first.neededBy === f.path ? `it needs ${code(first.name)}` : `it loads ${code(first.neededBy)}, which needs ${code(first.name)}`;
      const cannot = f.module?.loaded ? "cannot be loaded" : "cannot start";
      const others = unique(more).filter((x) => x.name !== first.name);
      const also = others.length ? ` It cannot load ${others.map(brief).join(", ")} either.` : "";
      out.push({
        severity,
        path: f.path,
        // The first sentence says who and what, short enough for a list of many; then why, in the loader's words.
        message: `${name} ${code(f.path)} ${cannot}: ${chain}. ${why(first)}: it fails with ${code(loaderWords(first, load.libc))}.${also}`,
        hint: first.skipped.length || first.reason === "fatal" ? FOREIGN_HELP : HELP2,
        evidence: {
          missing: [...new Set(load.missing.map((x) => x.name))].join(" "),
          neededBy: first.neededBy,
          ...first.skipped.length ? { skipped: first.skipped.map((s) => s.path).join(" ") } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/library-version-missing.ts
var HELP3 = "Build the program on the same distribution release as the image it runs in (both stages `FROM debian:bookworm`, or the builder image of that release), or link it statically, or build it against an older baseline (an older builder, manylinux, `zig cc -target x86_64-linux-gnu.2.31`).";
function parts(version) {
  const m = /^(.*?_)(\d[\d.]*)/.exec(version);
  return m ? { family: m[1], numbers: m[2].split(".").filter(Boolean).map(Number) } : { family: version, numbers: [] };
}
function compareVersions(a, b) {
  const x = parts(a).numbers;
  const y = parts(b).numbers;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function newestGlibc(defs) {
  const newest = (defs ?? []).filter((d) => /^GLIBC_\d+\.\d+(\.\d+)?$/.test(d)).sort(compareVersions).at(-1);
  return newest?.slice(6);
}
function lead(versions) {
  const first = versions[0];
  const family = parts(first.version).family;
  return versions.filter((v) => v.file === first.file && v.requiredBy === first.requiredBy && parts(v.version).family === family).reduce((newest, v) => compareVersions(v.version, newest.version) > 0 ? v : newest, first);
}
function libraryDefs(p, path4) {
  const lib = p.executables.find((e) => e.path === path4)?.binary;
  return lib?.format === "elf" ? lib.versionDefs : void 0;
}
function cause(p, v) {
  if (v.version.startsWith("GLIBC_")) {
    const has = newestGlibc(libraryDefs(p, v.realPath));
    return ` The program was built against glibc ${v.version.slice(6)} or newer${has ? `, but the image has glibc ${has}` : ""}: its build stage is on a newer distribution release than its runtime stage.`;
  }
  if (/^(GLIBCXX|CXXABI)_/.test(v.version)) {
    return " It was built with a newer C++ compiler than the image's libstdc++: its build stage is on a newer distribution release than its runtime stage.";
  }
  return ` The image's ${code(v.file)} is older than the one it was built against.`;
}
function message(p, f, v, name, more) {
  const who = v.requiredBy === f.path ? "it" : `it loads ${code(v.requiredBy)}, which`;
  const cannot = f.module?.loaded ? "cannot be loaded" : "cannot start";
  const words2 = `${v.requiredBy}: ${v.library}: version \`${v.version}' not found (required by ${v.requiredBy})`;
  return `${name} ${code(f.path)} ${cannot}: ${who} needs ${code(v.version)} from ${code(v.file)}. The image's ${code(v.library)} does not define it: it fails with ${code(words2)}.${cause(p, v)}` + (more ? ` ${more} more needed version${more > 1 ? "s are" : " is"} missing too.` : "");
}
var libraryVersionMissing = platformRule({
  id: "library-version-missing",
  defaultSeverity: "error",
  description: "A symbol version a program or native module needs (GLIBC_2.38, GLIBCXX_3.4.32, OPENSSL_3.2.0\u2026) is not defined by the library the loader finds in the image.",
  help: HELP3,
  each(p) {
    const out = [];
    for (const f of p.executables) {
      const versions = f.load?.versions;
      if (!versions?.length) continue;
      const { severity, name } = subjectOf(p, f);
      const first = lead(versions);
      out.push({
        severity,
        path: f.path,
        message: message(p, f, first, name, versions.length - 1),
        evidence: {
          versions: versions.map((v) => `${v.file}:${v.version}`).join(" "),
          library: first.library,
          requiredBy: first.requiredBy
        }
      });
    }
    return out;
  }
});

// src/inspect/loader/candidate.ts
var ELFOSABI_SYSV = 0;
var ELFOSABI_GNU = 3;
var ELFOSABI_ARM_AEABI = 64;
var ET_EXEC = 2;
var ET_DYN = 3;
var EF_ARM_ABI_FLOAT_SOFT = 512;
var EF_ARM_ABI_FLOAT_HARD = 1024;
function describe2(elf) {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === "little" ? "LSB" : "MSB"})`;
}
function armFloat(elf) {
  if (elf.machine !== 40 || elf.flags >>> 24 !== 5) return void 0;
  return elf.flags & EF_ARM_ABI_FLOAT_HARD ? "hard" : elf.flags & EF_ARM_ABI_FLOAT_SOFT ? "soft" : void 0;
}
function glibcTakes(file, main2) {
  if (!file || file.format !== "elf") {
    return { take: false, fatal: file?.format === "elf-error" ? file.reason : "invalid ELF header" };
  }
  if (file.bits !== main2.bits) return { take: false, skip: describe2(file), otherClass: file.bits };
  if (file.endian !== main2.endian) return { take: false, skip: describe2(file) };
  const osabiOk = file.osabi === ELFOSABI_SYSV || file.osabi === ELFOSABI_GNU || main2.machine === 40 && file.osabi === ELFOSABI_ARM_AEABI;
  if (!osabiOk) return { take: false, fatal: "ELF file OS ABI invalid" };
  if (file.machine !== main2.machine) return { take: false, skip: describe2(file) };
  const float = armFloat(file);
  const own = armFloat(main2);
  if (float && own && float !== own) return { take: false, fatal: "internal error" };
  if (file.type !== ET_DYN && file.type !== ET_EXEC)
    return { take: false, fatal: "only ET_DYN and ET_EXEC can be loaded" };
  return { take: true };
}
function muslTakes(file, main2) {
  if (!file || file.format !== "elf") return { take: false, fatal: "Exec format error" };
  if (file.type !== ET_DYN && file.type !== ET_EXEC) return { take: false, fatal: "Exec format error" };
  if (file.bits !== main2.bits || file.endian !== main2.endian || file.machine !== main2.machine) {
    return { take: false, fatal: `it is ${describe2(file)}` };
  }
  return { take: true };
}

// src/checks/module-fixes.ts
var PIP_ARCH = {
  amd64: "x86_64",
  arm64: "aarch64",
  arm: "armv7l",
  "arm/v7": "armv7l",
  "arm/v6": "armv6l",
  "386": "i686",
  ppc64le: "ppc64le",
  ppc64: "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loongarch64"
};
var MANYLINUX2014 = /* @__PURE__ */ new Set(["x86_64", "i686", "aarch64", "armv7l", "ppc64", "ppc64le", "s390x"]);
var GEM_CPU = {
  amd64: "x86_64",
  arm64: "aarch64",
  arm: "arm",
  "386": "x86",
  ppc64le: "powerpc64le",
  s390x: "s390x",
  riscv64: "riscv64"
};
var NPM_MAP = "From `TARGETARCH`: amd64 \u2192 x64, 386 \u2192 ia32, ppc64le \u2192 ppc64, mips64le \u2192 mips64el, the others as they are.";
var PIP_MAP = "From `TARGETARCH` and `TARGETVARIANT`: amd64 \u2192 x86_64, arm64 \u2192 aarch64, arm/v7 \u2192 armv7l, 386 \u2192 i686, ppc64le and s390x as they are.";
var GEM_MAP = "From `TARGETARCH`: amd64 \u2192 x86_64, arm64 \u2192 aarch64, arm \u2192 arm, 386 \u2192 x86, ppc64le \u2192 powerpc64le.";
function node(p) {
  const npm = p ? ARCHITECTURES[p.architecture]?.node : "<cpu>";
  const stage = "Run `npm ci` (or `npm rebuild`) in a stage that runs on the target platform, not in a `--platform=$BUILDPLATFORM` stage whose node_modules is copied across: npm installs the per-platform packages (@esbuild/linux-x64, @img/sharp-linux-arm64\u2026) and compiles or downloads the addons of the machine it runs on.";
  if (!npm) return `${stage} Node.js has no build of its own for ${p ? formatPlatform(p) : "it"}.`;
  const example = p ? ` for ${formatPlatform(p)}` : "";
  return `${stage} To install from the build machine, name the target in npm's words, which are Node.js's and not Docker's: \`npm ci --os=linux --cpu=${npm}\`${example} (npm 10.1 or newer; add \`--libc=musl\` on Alpine, npm 10.3 or newer) chooses the per-platform packages, and \`npm_config_arch=${npm}\` the prebuilt addons that prebuild-install or node-pre-gyp download at install. ${NPM_MAP} Addons that node-gyp compiles at install still need the target stage.`;
}
function pythonVersion(path4) {
  const m = /\.cpython-3(\d+)[a-z]*-/.exec(path4) ?? /\/python3\.(\d+)\//.exec(path4);
  return m ? `3.${m[1]}` : void 0;
}
function python(p, path4 = "") {
  const stage = "Install Python packages in a stage that runs on the target platform (`pip install` in the final stage, or in a build stage without `--platform=$BUILDPLATFORM`), then copy the site-packages: pip run on the build machine chooses wheels for the build machine (and `$(uname -m)` there names the build machine, not the target).";
  const key = p ? p.variant && p.architecture === "arm" ? `arm/${p.variant}` : p.architecture : "";
  const arch = p ? PIP_ARCH[key] : "<arch>";
  if (!arch) return stage;
  if (!MANYLINUX2014.has(arch) && p)
    return `${stage} manylinux2014 has no wheels for ${arch}: install in the target stage.`;
  const version = pythonVersion(path4) ?? "X.Y";
  const example = p ? ` for ${formatPlatform(p)}` : "";
  return `${stage} To install from the build machine, ask pip for the target's wheels in pip's words: \`pip install --target /deps --only-binary=:all: --implementation cp --python-version ${version} --platform manylinux2014_${arch} \u2026\`${example} (\`musllinux_1_2_${arch}\` on Alpine; a wheel tagged only for a newer glibc needs its tag as another \`--platform\`, such as \`manylinux_2_28_${arch}\`). ${PIP_MAP}`;
}
function ruby(p) {
  const stage = "Run `bundle install` in a stage that runs on the target platform, so that native gems are compiled (or the platform gem chosen) for it.";
  const cpu = p ? GEM_CPU[p.architecture] : "<cpu>";
  if (!cpu) return stage;
  const example = p ? ` for ${formatPlatform(p)}` : "";
  return `${stage} With a committed Gemfile.lock, add the target's platform in RubyGems' words: \`bundle lock --add-platform ${cpu}-linux\`${example} (\`${cpu}-linux-musl\` on Alpine). ${GEM_MAP}`;
}
var STAGE_ONLY = {
  perl: "Build and install the Perl modules (`cpanm`, `apt-get install`) in a stage that runs on the target platform.",
  php: "Build the extension in a stage that runs on the target platform (`docker-php-ext-install`, `pecl install`).",
  java: "Ship the native library built for each platform (most Java libraries with JNI ship one per architecture, e.g. `linux-aarch64/`), or copy the one for the target platform in a stage that runs on it.",
  plugin: "Install the package that provides the plugin with the final stage's package manager, for the target platform."
};
function moduleFix(runtime, p, path4) {
  switch (runtime) {
    case "node":
      return node(p);
    case "python":
      return python(p, path4);
    case "ruby":
      return ruby(p);
    default:
      return STAGE_ONLY[runtime];
  }
}

// src/checks/native-module-mismatch.ts
var FAILS = {
  python: '`import` fails with "ImportError: \u2026 wrong ELF class" or "cannot open shared object file"',
  node: '`require()` fails with "Error: \u2026 invalid ELF header" or "wrong ELF class"',
  ruby: '`require` fails with "LoadError: \u2026 wrong ELF class" or "cannot open shared object file"',
  perl: `the module fails to load ("Can't load \u2026 wrong ELF class")`,
  php: 'PHP fails to load the extension ("Unable to load dynamic library")',
  java: '`System.loadLibrary` fails with "UnsatisfiedLinkError: \u2026 wrong ELF class"',
  plugin: "whatever loads it (dlopen) fails"
};
function message2(p, f, runtime) {
  const plat = formatPlatform(p.platform);
  const elf = f.binary.format === "elf" ? describe2(f.binary) : "not a loadable file";
  const name = f.module?.name ?? "";
  if (f.module?.noBuildForPlatform) {
    if (runtime === "python") {
      return `The Python extension module ${code(name)} is here only as ${code(f.path)}, built for ${elf}, and not for ${plat}: this platform's Python does not even see it, so ${code(`import ${name}`)} fails with "ModuleNotFoundError" (or the package falls back to slower pure Python without a word).`;
    }
    const pre = f.module.prebuilds;
    if (pre) {
      const tuple = pre.looksIn.slice("prebuilds/".length);
      const arch = tuple.split("-")[1]?.split("+")[0] ?? "";
      const words2 = code(
        `No native build was found for platform=linux arch=${arch} runtime=node \u2026${pre.wants ? ` ${pre.wants}` : ""}`
      );
      const where = pre.wants ? `its directory for ${plat}, ${code(pre.looksIn + "/")}, has no build for ${code(pre.wants)}, which node-gyp-build wants on this image (musl when the image has \`/etc/alpine-release\`, else glibc, unless \`LIBC\` says otherwise)` : `its prebuilds are for ${pre.has.map(code).join(", ")}, and node-gyp-build looks in ${code(pre.looksIn + "/")}, which it does not have`;
      return `${RUNTIME_NAME[runtime]} ${code(name)} cannot be loaded on ${plat}: ${where}. \`require()\` fails with ${words2} (${code(f.path)} is its ${elf} build).`;
    }
    return `${RUNTIME_NAME[runtime]} ${code(f.path)} is the ${elf} build of ${code(name)}, and no build for ${plat} stands beside it: on ${plat} the package looks for its own build and fails to load.`;
  }
  return `${RUNTIME_NAME[runtime]} ${code(f.path)} is ${elf}, but this image is ${plat}: ${FAILS[runtime]}.`;
}
var nativeModuleMismatch = platformRule({
  id: "native-module-mismatch",
  defaultSeverity: "error",
  description: "A native module a runtime loads (Python extension, Node.js addon, Ruby/Perl/PHP extension, JNI library, plugin) is for another architecture, or only another architecture's build of it is installed.",
  help: moduleFix("node"),
  each(p) {
    const out = [];
    for (const f of p.executables) {
      const m = f.module;
      if (!m || f.binary.format !== "elf") continue;
      const foreign = !elfMatchesPlatform(f.binary, p.platform);
      if (!(m.loaded && foreign) && !m.noBuildForPlatform) continue;
      out.push({
        severity: m.runtime === "plugin" ? "warning" : "error",
        path: f.path,
        message: message2(p, f, m.runtime),
        hint: moduleFix(m.runtime, p.platform, f.path),
        evidence: {
          runtime: m.runtime,
          module: m.name,
          ...m.noBuildForPlatform ? { noBuildForPlatform: true } : {},
          ...m.prebuilds ? { looksIn: m.prebuilds.looksIn } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/platform-missing.ts
var platformMissing = platformRule({
  id: "platform-missing",
  defaultSeverity: "error",
  os: ALL_OS,
  statuses: ["missing"],
  description: "A requested platform has no image in the index.",
  help: "Build and push every platform you announce, for example with `docker buildx build --platform linux/amd64,linux/arm64 --push`, or drop the platform from `platforms`.",
  each(p, all) {
    const offered = all.filter((q) => q.status !== "missing").map((q) => formatPlatform(q.platform));
    return [
      {
        message: `No image for ${formatPlatform(p.platform)} in the index, although it was requested. ` + (offered.length ? `The index offers ${offered.join(", ")}.` : "The index offers no platform image.")
      }
    ];
  }
});

// src/checks/platform-not-checked.ts
function unjudged(ep, shell = false) {
  if (!ep || ep.resolved || !ep.uncertain) return [];
  const name = ep.argv[0] ?? "";
  return [
    {
      path: name,
      message: `The command ${code(name)}${shell ? ", which the shell form runs," : ""} was not judged: ${ep.reason}.`,
      evidence: { searched: ep.searched.join(";") }
    }
  ];
}
var platformNotChecked = platformRule({
  id: "platform-not-checked",
  defaultSeverity: "note",
  os: ALL_OS,
  description: "A platform, or part of it, could not be checked: an OS without rules here (only its index and config are compared), the Linux loader rules on another Unix, or a command whose lookup depends on what is not read (the registry PATH of a Windows image).",
  help: "Nothing to fix in the image. To hide these notes, set `severity: off` for `platform-not-checked` under `rules:` in the config file.",
  each(p) {
    const out = [];
    if (p.notChecked) out.push({ message: p.notChecked });
    out.push(...unjudged(p.entrypoint));
    if (p.entrypoint?.resolved) out.push(...unjudged(p.entrypoint.inner, true));
    const unread2 = [...new Set(p.executables.flatMap((f) => f.load?.unknown ?? []))];
    if (unread2.length) {
      const users = p.executables.filter((f) => f.load?.unknown.length).length;
      out.push({
        message: `What ${users} program${users > 1 ? "s" : ""} or module${users > 1 ? "s" : ""} load was not judged in full: the dynamic string table of ${unread2.slice(0, 3).map(code).join(", ")}${unread2.length > 3 ? ` and ${unread2.length - 3} more` : ""} could not be read (it lies beyond the part of a very large file that is kept), so what it needs is not known.`,
        evidence: { unread: unread2.join(" ") }
      });
    }
    return out;
  }
});

// src/checks/required-path-missing.ts
var requiredPathMissing = platformRule({
  id: "required-path-missing",
  defaultSeverity: "error",
  os: ALL_OS,
  description: "A path listed under require: in the config file is missing, or not an executable file, on a platform.",
  help: "Make the build put the program there on every platform, with its exec bit (`COPY --chmod=0755`).",
  each: (p) => (p.required ?? []).filter((r) => !r.found || !r.executable).map((r) => ({
    path: r.path,
    message: r.found ? `${code(r.path)} is required by the config file, but it is not an executable file on ${formatPlatform(p.platform)}.` : `${code(r.path)} is required by the config file, but ${formatPlatform(p.platform)} does not have it.`
  }))
});

// src/checks/shebang-interpreter-missing.ts
var shebangInterpreterMissing = platformRule({
  id: "shebang-interpreter-missing",
  defaultSeverity: "error",
  os: ["linux", "unix"],
  description: "A script's #! interpreter is not in the image (for #!/usr/bin/env X, env and X on PATH).",
  help: "Install the interpreter in the final stage (`RUN apk add bash`, `apt-get install python3`), or change the `#!` line to one the image has (`#!/bin/sh`).",
  each(p) {
    const out = [];
    for (const f of p.executables) {
      if (f.binary.format !== "script" || !f.deps?.interpreter || notShippedToRun(f.path)) continue;
      const role = roleOf(p, f.path);
      if (ROLE_SEVERITY[role] !== "error") continue;
      const { interpreter, program } = f.deps;
      const missing = !interpreter.found ? code(interpreter.path) : program && !program.found ? `${code(program.name)} on PATH` : void 0;
      if (!missing) continue;
      out.push({
        path: f.path,
        message: `${ROLE_NAME[role]} ${code(f.path)} is a script for ${code([interpreter.path, f.binary.argument].filter(Boolean).join(" "))}, but the image has no ${missing}: it fails with "no such file or directory".`,
        evidence: { interpreter: interpreter.path, ...program ? { program: program.name } : {} }
      });
    }
    return out;
  }
});

// src/checks/run.ts
function runEach(rules, input) {
  const findings = [];
  const crashed = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(input));
    } catch (err2) {
      const stack = err2 instanceof Error ? err2.stack : void 0;
      crashed.push({ rule: rule.id, error: errorMessage(err2), ...stack ? { stack } : {} });
    }
  }
  return { findings: sortFindings(findings), crashed };
}

// src/checks/consolidate.ts
var FOLDS = {
  "identical-binary": (f) => ` It is byte-identical to ${code(String(f.evidence?.samePath ?? ""))} in the ${String(f.evidence?.samePlatform ?? "")} image: one build was copied into both.`,
  "go-buildinfo-mismatch": (f) => ` The Go toolchain recorded GOOS=${String(f.evidence?.goos)} GOARCH=${String(f.evidence?.goarch)} for it.`,
  // A foreign binary's loader is for its own architecture: that it is missing is part of the same mistake.
  "interpreter-missing": () => "",
  "library-missing": () => "",
  "library-version-missing": () => "",
  "cpu-variant-mismatch": () => ""
};
function consolidate(findings) {
  const key = (f) => `${f.platform}\0${f.path ?? ""}`;
  const copies = findings.map((f) => ({ ...f }));
  const arch = new Map(copies.filter((f) => f.rule === "binary-arch-mismatch").map((f) => [key(f), f]));
  const out = [];
  for (const f of copies) {
    const fold = FOLDS[f.rule];
    const twin = fold ? arch.get(key(f)) : void 0;
    if (!fold || !twin) {
      out.push(f);
      continue;
    }
    twin.message += fold(f);
    twin.evidence = { ...twin.evidence, ...f.evidence };
  }
  return out;
}

// src/checks/index.ts
var PLATFORM_RULES = [
  platformMissing,
  configPlatformMismatch,
  binaryArchMismatch,
  goBuildinfoMismatch,
  cpuVariantMismatch,
  entrypointNotFound,
  entrypointUnset,
  entrypointNotExecutable,
  interpreterMissing,
  libraryMissing,
  libraryVersionMissing,
  nativeModuleMismatch,
  shebangInterpreterMissing,
  requiredPathMissing,
  buildFailed,
  imageUnreadable,
  platformNotChecked
];
var CROSS_RULES = [identicalBinary, crossPlatformDrift];
var DOCKERFILE_RULES = [dockerfileHardcodedPlatform];
var RULES = [...PLATFORM_RULES, ...CROSS_RULES, ...DOCKERFILE_RULES];
function judges(rule, family) {
  const r = RULES.find((x) => x.id === rule);
  return r?.scope !== "platform" || r.os.includes(family);
}

// src/inspect/summary.ts
function wasRead(status) {
  return status === "pass" || status === "warning" || status === "fail";
}
function elfSummary(elf) {
  const s = { machine: describeElfMachine(elf), bits: elf.bits, endian: elf.endian };
  const arch = elfArchitecture(elf);
  if (arch) s.architecture = arch;
  if (elf.linkage) s.linkage = elf.linkage;
  if (elf.interpreter) s.interpreter = elf.interpreter;
  return s;
}
function goModuleOf(go) {
  const mod = go?.mainModule;
  const rev = go?.settings["vcs.revision"];
  if (mod?.version && mod.version !== "(devel)") return `${mod.path}@${mod.version}${rev ? ` ${rev.slice(0, 12)}` : ""}`;
  return rev ? `${go?.path ?? "main"} ${rev.slice(0, 12)}` : void 0;
}
function peSummary(pe) {
  const c = peCode(pe);
  if (c.anyCpu) return { machine: ".NET (AnyCPU)", anyCpu: true, ...pe.bits ? { bits: pe.bits } : {} };
  const s = { machine: describePeMachine(c.machine) };
  const arch = peArchitecture(c.machine);
  if (arch) s.architecture = arch;
  if (pe.bits) s.bits = pe.bits;
  return s;
}
function common(s, e, go, why2) {
  if (e.sha256) s.sha256 = e.sha256;
  const mod = goModuleOf(go);
  if (mod) s.goModule = mod;
  if (why2) s.ignored = why2;
  return s;
}
function fileSummary(e, windows) {
  const b = e.binary;
  if (b.format === "script") {
    const why2 = notShippedToRun(e.path);
    return { path: e.path, format: "script", interpreter: b.interpreter, ...why2 ? { ignored: why2 } : {} };
  }
  if (b.format === "pe" && windows) {
    const pe = peSummary(b);
    const s2 = { path: e.path, format: "pe", machine: pe.machine };
    if (pe.architecture) s2.architecture = pe.architecture;
    if (pe.anyCpu) s2.anyCpu = true;
    if (b.dll) s2.dll = true;
    return common(s2, e, b.go, peExclusionOf(e, b));
  }
  if (b.format !== "elf" || windows) return void 0;
  const s = { path: e.path, format: "elf", machine: describeElfMachine(b) };
  const arch = elfArchitecture(b);
  if (arch) s.architecture = arch;
  if (b.linkage) s.linkage = b.linkage;
  if (b.interpreter) s.interpreter = b.interpreter;
  return common(s, e, b.go, exclusionOf(e, b));
}
function summarisePlatform(p) {
  const windows = osFamily(p.platform) === "windows";
  const files = p.executables.map((e) => fileSummary(e, windows)).filter((f) => f !== void 0);
  const elf = files.filter((f) => f.format === "elf");
  const pe = files.filter((f) => f.format === "pe");
  const ignored2 = [...elf, ...pe].filter((f) => f.ignored).length;
  const r = {
    platform: formatPlatform(p.platform),
    status: p.status === "inspected" ? "pass" : p.status,
    executables: p.executables.length,
    binaries: {
      elf: elf.length,
      ...windows ? { pe: pe.length } : {},
      checked: elf.length + pe.length - ignored2,
      foreign: 0,
      ignored: ignored2
    },
    files,
    durationMs: p.durationMs
  };
  if (p.digest) r.digest = p.digest;
  if (p.status === "not-checked" && p.error) r.error = p.error;
  if (p.config) r.config = p.config;
  if (p.osVersion) r.osVersion = p.osVersion;
  if (p.osFeatures) r.osFeatures = p.osFeatures;
  if (p.entrypoint) {
    const ep = p.entrypoint;
    r.entrypoint = { argv: ep.argv };
    if (ep.resolved) {
      r.entrypoint.resolvedPath = ep.resolvedPath;
      const f = ep.binary.format;
      r.entrypoint.kind = f === "elf" || f === "script" || f === "pe" ? f : "other";
      if (ep.binary.format === "elf") r.entrypoint.elf = elfSummary(ep.binary);
      if (ep.binary.format === "pe") r.entrypoint.pe = peSummary(ep.binary);
    }
  }
  return r;
}

// src/report/model.ts
function atOrAbove(severity, failOn) {
  return failOn !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function verdictOf(findings, failOn) {
  return findings.some((f) => atOrAbove(f.severity, failOn)) ? "fail" : "pass";
}
function withStatus(p, findings) {
  if (!wasRead(p.status)) return p;
  const mine = findings.filter((f) => f.platform === p.platform);
  const foreign = new Set(mine.filter((f) => f.rule === "binary-arch-mismatch").map((f) => f.path)).size;
  const status = mine.some((f) => f.severity === "error") ? "fail" : mine.some((f) => f.severity === "warning") ? "warning" : "pass";
  return { ...p, status, binaries: { ...p.binaries, foreign } };
}
function assembleReport(args) {
  const findings = sortFindings(args.evaluation.findings);
  const errors = [...new Set(args.platforms.flatMap((p) => p.status === "not-checked" && p.error ? [p.error] : []))];
  const crashed = [...args.internalErrors ?? [], ...args.evaluation.crashed];
  const report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    // A platform the environment kept from being checked cannot pass.
    verdict: errors.length ? "fail" : verdictOf(findings, args.failOn),
    failOn: args.failOn,
    source: args.source,
    platforms: args.platforms.map((p) => withStatus(p, findings)),
    findings
  };
  if (errors.length) report.errors = errors;
  if (crashed.length) report.internalErrors = crashed;
  if (args.context) report.context = args.context;
  if (args.dockerfile) report.dockerfile = args.dockerfile;
  if (args.evaluation.suppressed) report.suppressed = args.evaluation.suppressed;
  return report;
}
function failedPlatforms(report) {
  return report.platforms.filter((p) => p.status !== "pass" && p.status !== "warning" && p.status !== "not-checked").map((p) => p.platform);
}
function uncheckedPlatforms(report) {
  return report.platforms.filter((p) => p.status === "not-checked").map((p) => p.platform);
}
function unjudgedPlatforms(report) {
  return report.platforms.filter((p) => wasRead(p.status) && !programsJudged(p.platform)).map((p) => p.platform);
}
function familyOf(platform) {
  try {
    return osFamily(parsePlatform(platform));
  } catch {
    return "other";
  }
}
function programsJudged(platform) {
  return judges("binary-arch-mismatch", familyOf(platform));
}
function programCounts(p) {
  const files = p.files ?? [];
  const ignored2 = files.filter((f) => f.ignored).length;
  return { checked: files.length - ignored2, ignored: ignored2 };
}

// src/report/matrix.ts
var RULE_COLUMN = {
  "platform-missing": "image",
  "config-platform-mismatch": "image",
  "build-failed": "image",
  "image-unreadable": "image",
  "entrypoint-not-found": "entrypoint",
  "entrypoint-unset": "entrypoint",
  "entrypoint-not-executable": "entrypoint",
  "binary-arch-mismatch": "programs",
  "go-buildinfo-mismatch": "programs",
  "identical-binary": "programs",
  "cross-platform-drift": "programs",
  "shebang-interpreter-missing": "programs",
  "required-path-missing": "programs",
  "interpreter-missing": "libraries",
  "library-missing": "libraries",
  "library-version-missing": "libraries",
  "native-module-mismatch": "libraries",
  "cpu-variant-mismatch": "variant"
};
var RULE_WORDS = {
  "binary-arch-mismatch": ["foreign program", "foreign programs"],
  "go-buildinfo-mismatch": ["built for another GOARCH", "built for another GOARCH"],
  "identical-binary": ["same file as another platform", "same files as another platform"],
  "cross-platform-drift": ["differs across platforms", "differ across platforms"],
  "shebang-interpreter-missing": ["script without its interpreter", "scripts without their interpreter"],
  "required-path-missing": ["required path missing", "required paths missing"],
  "interpreter-missing": ["loader missing", "loaders missing"],
  "library-missing": ["library missing", "libraries missing"],
  "library-version-missing": ["symbol version missing", "symbol versions missing"],
  "native-module-mismatch": ["native module for another platform", "native modules for another platform"],
  "cpu-variant-mismatch": ["needs a newer CPU", "need a newer CPU"],
  "entrypoint-not-found": ["not found", "not found"],
  "entrypoint-unset": ["none set", "none set"],
  "entrypoint-not-executable": ["not executable", "not executable"],
  "config-platform-mismatch": ["config disagrees", "config disagrees"],
  "platform-not-checked": ["part not checked", "parts not checked"]
};
var CLAIMS = {
  image: [["config-platform-mismatch", "config"]],
  entrypoint: [["entrypoint-not-found", "entrypoint"]],
  programs: [["binary-arch-mismatch", "programs"]],
  libraries: [
    ["interpreter-missing", "loader"],
    ["library-missing", "libraries"]
  ],
  variant: [["cpu-variant-mismatch", "CPU variant"]],
  other: []
};
function coverage(column, p) {
  const family = familyOf(p.platform);
  const claims = CLAIMS[column];
  return {
    judged: claims.filter(([rule]) => judges(rule, family)).map(([, what]) => what),
    unjudged: claims.filter(([rule]) => !judges(rule, family)).map(([, what]) => what)
  };
}
function partly(cell, cov) {
  return cov.unjudged.length ? `${cell}, \u2796 ${cov.unjudged.join(" and ")} not checked` : cell;
}
function columnsOf(f, p) {
  const own = RULE_COLUMN[f.rule] ?? "other";
  const ep = p.entrypoint;
  const aboutEntrypoint = f.path !== void 0 && (f.path === ep?.resolvedPath || f.path === ep?.argv[0]);
  return aboutEntrypoint && own !== "entrypoint" ? ["entrypoint", own] : [own];
}
function worst(findings) {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0];
}
function words(rule, n) {
  const w = RULE_WORDS[rule];
  return w ? n === 1 ? w[0] : w[1] : escapeMarkdown(rule);
}
function summaryCell(findings) {
  const rules = [...new Set(findings.map((f) => f.rule))];
  return rules.map((rule) => {
    const mine = findings.filter((f) => f.rule === rule);
    const w = worst(mine);
    const paths2 = new Set(mine.map((f) => f.path ?? f.message)).size;
    return `${SEVERITY_ICON[w.severity]} ${paths2} ${words(rule, paths2)}`;
  }).join(", ");
}
function cellImage(p, mine) {
  if (p.status === "missing") return "\u274C not in the index";
  if (p.status === "build-failed") return "\u274C build failed";
  if (p.status === "unreadable") return "\u274C unreadable";
  if (p.status === "not-checked") return "\u26A0\uFE0F not checked";
  return mine.length ? summaryCell(mine) : "\u2705 config matches";
}
function cellEntrypoint(p, mine) {
  const ep = p.entrypoint;
  if (!wasRead(p.status)) return "\u2014";
  const name = ep?.argv[0] ? codeSpan(ep.argv[0], true) : void 0;
  const code2 = ep?.elf ?? ep?.pe;
  const bad = worst(mine);
  if (bad) {
    const icon = SEVERITY_ICON[bad.severity];
    if (!name) return `${icon} none set`;
    const arch = p.platform.split("/")[1] ?? "?";
    if (bad.rule === "binary-arch-mismatch" && code2 && code2.architecture !== arch)
      return `${icon} **${escapeMarkdown(code2.machine)}** in ${article(escapeMarkdown(arch))} image`;
    const others = mine.length > 1 ? ` (+${mine.length - 1})` : "";
    return `${icon} ${name}: ${words(bad.rule, 1)}${others}`;
  }
  if (!ep || !name) return "\u2796 none set";
  if (ep.elf)
    return `\u2705 ${escapeMarkdown(ep.elf.machine)}${ep.elf.linkage ? `, ${escapeMarkdown(ep.elf.linkage)}` : ""}`;
  if (ep.pe) return `\u2705 ${escapeMarkdown(ep.pe.machine)}`;
  return ep.kind === "script" ? "\u2705 script, interpreter found" : "\u2705 found";
}
function cellPrograms(p, mine) {
  if (!wasRead(p.status)) return "\u2014";
  const { checked, ignored: ignored2 } = programCounts(p);
  const skipped = ignored2 ? `, ${ignored2} ignored` : "";
  if (!mine.length) return `\u2705 ${checked} checked${skipped}`;
  const foreign = mine.filter((f) => f.rule === "binary-arch-mismatch");
  const rest = mine.filter((f) => f.rule !== "binary-arch-mismatch");
  const parts2 = [];
  if (foreign.length) {
    const w = worst(foreign);
    const n = new Set(foreign.map((f) => f.path)).size;
    parts2.push(`${SEVERITY_ICON[w.severity]} ${n} of ${checked} foreign`);
  }
  if (rest.length) parts2.push(summaryCell(rest));
  return `${parts2.join(", ")}${foreign.length ? skipped : ` (${checked} checked${skipped})`}`;
}
function cellLibraries(p, mine, cov) {
  if (!wasRead(p.status)) return "\u2014";
  if (mine.length) return partly(summaryCell(mine), cov);
  if (p.entrypoint?.elf?.linkage === "static") return partly("\u2705 static", cov);
  return partly(cov.unjudged.length ? `\u2705 ${cov.judged.join(" and ")} found` : "\u2705 found", cov);
}
function cellVariant(p, mine) {
  if (!wasRead(p.status)) return "\u2014";
  return mine.length ? summaryCell(mine) : "\u2705 ok";
}
function cellOther(p, mine) {
  if (!wasRead(p.status) && !mine.length) return "\u2014";
  return mine.length ? summaryCell(mine) : "\u2705";
}
function statusIcon(p, findings = []) {
  if (p.status === "pass") {
    const w = worst(findings.filter((f) => f.platform === p.platform && f.severity !== "note"));
    return w ? SEVERITY_ICON[w.severity] : programsJudged(p.platform) ? "\u2705" : "\u2796";
  }
  return p.status === "warning" || p.status === "not-checked" ? "\u26A0\uFE0F" : "\u274C";
}
function entrypointHeader(r) {
  const paths2 = new Set(r.platforms.map((p) => p.entrypoint?.resolvedPath ?? p.entrypoint?.argv[0]).filter(Boolean));
  return paths2.size === 1 ? `entrypoint ${codeSpan([...paths2][0], true)}` : "entrypoint";
}
var CELLS = {
  image: cellImage,
  entrypoint: cellEntrypoint,
  programs: cellPrograms,
  libraries: cellLibraries,
  variant: cellVariant,
  other: cellOther
};
var HEADERS2 = {
  image: () => "image",
  entrypoint: entrypointHeader,
  programs: () => "programs",
  libraries: () => "libraries",
  variant: () => "CPU variant",
  other: () => "other"
};
function renderMatrix(r) {
  const byPlatform = new Map(r.platforms.map((p) => [p.platform, r.findings.filter((f) => f.platform === p.platform)]));
  const other = r.platforms.some((p) => (byPlatform.get(p.platform) ?? []).some((f) => columnsOf(f, p).includes("other")));
  const columns = [
    "image",
    "entrypoint",
    "programs",
    "libraries",
    "variant",
    ...other ? ["other"] : []
  ];
  const rows = [
    `| platform | ${columns.map((c) => HEADERS2[c](r)).join(" | ")} |`,
    `|---|${columns.map(() => "---").join("|")}|`
  ];
  for (const p of r.platforms) {
    const findings = byPlatform.get(p.platform) ?? [];
    const cells = columns.map((c) => {
      const mine = findings.filter((f) => columnsOf(f, p).includes(c));
      const cov = coverage(c, p);
      if (wasRead(p.status) && cov.unjudged.length && !cov.judged.length && !mine.length) return "\u2796 not checked";
      return CELLS[c](p, mine, cov);
    });
    rows.push(`| ${statusIcon(p, findings)}\xA0${codeSpan(p.platform, true)} | ${cells.join(" | ")} |`);
  }
  return rows;
}

// src/report/paths.ts
function isRepoPath(file) {
  if (file === "" || file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return false;
  return !file.split("/").includes("..");
}

// src/report/state.ts
import { createHash as createHash7 } from "node:crypto";
var MAX_STATE_BYTES = 16 * 1024;
var PREFIX = "<!-- multiarch-verify:state v2";
function findingKey(f) {
  return createHash7("sha256").update(`${f.rule}\0${f.platform}\0${f.path ?? f.message}`).digest("hex").slice(0, 12);
}
function scopesOf(r) {
  const out = /* @__PURE__ */ new Map();
  for (const p of r.platforms) out.set(p.platform, { read: wasRead(p.status), keys: /* @__PURE__ */ new Set() });
  if (r.dockerfile) out.set(DOCKERFILE_SCOPE, { read: true, keys: /* @__PURE__ */ new Set() });
  for (const f of r.findings) {
    const s = out.get(f.platform) ?? { read: true, keys: /* @__PURE__ */ new Set() };
    s.keys.add(findingKey(f));
    out.set(f.platform, s);
  }
  return out;
}
function stateComment(r, sha, maxBytes = MAX_STATE_BYTES) {
  const head = sha && /^[0-9a-f]{7,64}$/i.test(sha) ? ` sha=${sha.toLowerCase()}` : "";
  const entries = [...scopesOf(r)].filter(([name]) => NAME.test(name)).map(([name, s]) => `${name}=${s.read ? "i" : "x"}:${[...s.keys].join(",")}`);
  const full = `${PREFIX}${head} p=${entries.join(";")} -->`;
  return full.length <= Math.min(maxBytes, MAX_STATE_BYTES) ? full : `${PREFIX}${head} partial -->`;
}
var NAME = /^[A-Za-z0-9][A-Za-z0-9._()/+-]{0,99}$/;
function changesSince(r, previous) {
  if (previous.partial) return { added: [], fixed: 0, notCompared: [], unknown: true };
  const now = scopesOf(r);
  const notCompared = [];
  let fixed = 0;
  const newIn = /* @__PURE__ */ new Set();
  for (const [name, s] of now) {
    const before = previous.scopes.get(name);
    if (!before) {
      if (name !== DOCKERFILE_SCOPE || s.keys.size) notCompared.push({ name, why: "not in the last run" });
      continue;
    }
    if (before.read && !s.read) notCompared.push({ name, why: "not read this time" });
    if (!before.read && s.read) notCompared.push({ name, why: "not read in the last run" });
    if (before.read || !s.read) newIn.add(name);
    if (s.read || !before.read) fixed += [...before.keys].filter((k) => !s.keys.has(k)).length;
  }
  for (const [name, before] of previous.scopes)
    if (!now.has(name) && (name !== DOCKERFILE_SCOPE || before.keys.size))
      notCompared.push({ name, why: "not in this run" });
  const added = r.findings.filter(
    (f) => newIn.has(f.platform) && !previous.scopes.get(f.platform)?.keys.has(findingKey(f))
  );
  return { added, fixed, notCompared };
}

// src/report/rules.ts
var INFORMATION_URI = "https://github.com/multiarch-verify/multiarch-verify";
function ruleUrl(rule) {
  return `${INFORMATION_URI}#${encodeURIComponent(rule)}`;
}

// src/report/markdown.ts
var LIST_SHOWN = 10;
var SHORT_COMMENT = 8 * 1024;
var SUMMARY_LIMIT = 1024 * 1024;
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
var count = (r, s) => r.findings.filter((f) => f.severity === s).length;
function isQuiet(r) {
  return r.verdict === "pass" && !count(r, "error") && !count(r, "warning") && !uncheckedPlatforms(r).length && !unjudgedPlatforms(r).length && !r.internalErrors?.length;
}
function listOf(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0] ?? "";
}
function platformList(names, all) {
  if (names.length === 1) return `${names[0]} can`;
  if (names.length <= 4) return `${listOf(names)} can`;
  return names.length === all ? `all ${all} platforms can` : `${names.length} platforms can`;
}
function headline(r) {
  const n = r.platforms.length;
  const bad = failedPlatforms(r).length;
  const errors = count(r, "error");
  const warnings = count(r, "warning");
  const notes = count(r, "note");
  const unchecked = uncheckedPlatforms(r).length;
  const passing = r.verdict === "pass" ? ` (not failing: fail-on ${r.failOn})` : "";
  if (unchecked && !bad) return `### \u26A0\uFE0F multiarch-verify: ${unchecked} of ${plural(n, "platform")} could not be checked`;
  if (bad)
    return `### \u274C multiarch-verify: ${bad} of ${plural(n, "platform")} cannot run${unchecked ? `, ${unchecked} could not be checked` : ""}${passing}`;
  if (errors) return `### \u274C multiarch-verify: ${plural(errors, "error")}${passing}`;
  if (warnings) {
    const on = new Set(r.findings.filter((f) => f.severity === "warning").map((f) => f.platform));
    const where = [
      ...r.platforms.map((p) => p.platform).filter((p) => on.has(p)),
      ...on.has(DOCKERFILE_SCOPE) ? ["the Dockerfile"] : []
    ];
    const icon = r.verdict === "fail" ? "\u274C" : "\u26A0\uFE0F";
    const list2 = listOf(where);
    return `### ${icon} multiarch-verify: ${plural(warnings, "warning")} on ${escapeMarkdown(list2)}${passing}`;
  }
  if (r.verdict === "fail") return `### \u274C multiarch-verify: ${plural(notes, "note")} at or above \`${r.failOn}\``;
  const extra = notes ? `, ${plural(notes, "note")}` : "";
  const unjudged2 = unjudgedPlatforms(r);
  const judged = r.platforms.map((p) => p.platform).filter((p) => !unjudged2.includes(p));
  const ship = (k) => k === 1 ? "it ships" : "they ship";
  if (unjudged2.length) {
    const not = `${escapeMarkdown(listOf(unjudged2))} ${unjudged2.length === 1 ? "was" : "were"} not checked`;
    if (!judged.length) return `### \u2796 multiarch-verify: ${not}${extra}`;
    return `### \u2796 multiarch-verify: ${escapeMarkdown(platformList(judged, n))} run what ${ship(judged.length)}; ${not}${extra}`;
  }
  return `### \u2705 multiarch-verify: ${escapeMarkdown(platformList(judged, n))} run what ${ship(n)}${extra}`;
}
function runLine(run) {
  if (!run) return [];
  const parts2 = [];
  if (run.headSha && /^[0-9a-f]{7,64}$/i.test(run.headSha)) {
    const short = codeSpan(run.headSha.slice(0, 7));
    parts2.push(run.commitUrl ? `commit [${short}](${run.commitUrl})` : `commit ${short}`);
  }
  if (run.generatedAt) parts2.push(escapeMarkdown(run.generatedAt.replace(/T(\d\d:\d\d).*$/, " $1 UTC")));
  if (run.runUrl) parts2.push(`[workflow run and job summary](${run.runUrl})`);
  return parts2.length ? [`<sub>${parts2.join(" \xB7 ")}</sub>`] : [];
}
function notChecked(r) {
  if (!r.errors?.length) return [];
  return [
    "",
    "> [!WARNING]",
    "> Not verified, because of the build environment:",
    ...r.errors.map((e) => `> - ${escapeMarkdown(e)}`)
  ];
}
function href(blobUrl, file, line) {
  if (!blobUrl || !isRepoPath(file)) return void 0;
  const path4 = file.replace(/^(\.\/)+/, "");
  return `${blobUrl}${path4.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}
function place(file, line, blobUrl) {
  const text = escapeMarkdown(`${file}:${line}`);
  const link = href(blobUrl, file, line);
  return link ? `[${text}](${link})` : text;
}
function location(f, blobUrl) {
  if (!f.location) return "";
  const lead2 = f.platform === DOCKERFILE_SCOPE ? "At" : "Made by";
  return `${lead2} ${place(f.location.file, f.location.line, blobUrl)}.`;
}
function firstSentence(message3) {
  let out = "";
  for (const part of messageParts(message3)) {
    const end = part.code ? null : /\. (?=[A-Z])/.exec(part.raw);
    if (end) return out + part.raw.slice(0, end.index + 1);
    out += part.raw;
  }
  return message3;
}
function logTail(f) {
  const tail = f.evidence?.logTail;
  if (typeof tail !== "string" || !tail) return [];
  return ["", "<details><summary>Build log (last lines)</summary>", "", ...fenced(tail, "text"), "</details>"];
}
var fixKey = (x) => JSON.stringify([x.file, x.line, x.after]);
function diff(before, after) {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  return [
    ...before.slice(0, head).map((l) => ` ${l}`),
    ...before.slice(head, before.length - tail).map((l) => `-${l}`),
    ...after.slice(head, after.length - tail).map((l) => `+${l}`),
    ...before.slice(before.length - tail).map((l) => ` ${l}`)
  ];
}
function fixBlock(f, blobUrl, shown, hintsShown) {
  const out = [];
  const x = f.fix;
  if (x) {
    const same = f.location?.file === x.file && f.location.line === x.line;
    const at = same ? "that line" : place(x.file, x.line, blobUrl);
    if (shown.has(fixKey(x))) {
      out.push("", `**Fix:** the edit of ${place(x.file, x.line, blobUrl)} above.`);
      return out;
    }
    shown.add(fixKey(x));
    out.push("", `**Fix:** edit ${at} so it ${messageToMarkdown(x.summary)}:`, "");
    out.push(...fenced(diff(x.before, x.after).join("\n"), "diff"));
  }
  if (!f.hint) return out;
  if (x) {
    if (!hintsShown.has(f.hint))
      out.push(
        "",
        "<details><summary>Why, and other ways to fix it</summary>",
        "",
        hintToMarkdown(f.hint),
        "",
        "</details>"
      );
  } else if (hintsShown.has(f.hint)) out.push("", "**Fix:** as above.");
  else out.push("", `**Fix:** ${hintToMarkdown(f.hint)}`);
  hintsShown.add(f.hint);
  return out;
}
function ruleName(rule) {
  return `[**${escapeMarkdown(rule)}**](${ruleUrl(rule)})`;
}
function groupBlock(findings, blobUrl, shown, places) {
  const group = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const [first, ...rest] = group;
  const total = group.length > 1 ? ` (${group.length})` : "";
  const mark = (f) => shown.isNew(f) ? "\u{1F195} " : "";
  const lines = [
    `${mark(first)}${SEVERITY_ICON[first.severity]} ${ruleName(first.rule)}${total}: ${messageToMarkdown(first.message)}`
  ];
  const loc = location(first, blobUrl);
  if (loc) lines.push("", loc);
  lines.push(...logTail(first));
  const item = (f) => {
    const where = location(f, blobUrl);
    return `- ${mark(f)}${SEVERITY_ICON[f.severity]} ${messageToMarkdown(firstSentence(f.message))}${where ? ` ${where}` : ""}`;
  };
  const listed = rest.slice(0, places);
  if (listed.length) lines.push("", ...listed.slice(0, LIST_SHOWN).map(item));
  if (listed.length > LIST_SHOWN) {
    const more = listed.slice(LIST_SHOWN);
    lines.push(
      "",
      `<details><summary>${more.length} more of these ${group.length}</summary>`,
      "",
      ...more.map(item),
      "",
      "</details>"
    );
  }
  if (rest.length > listed.length)
    lines.push("", `_${rest.length - listed.length} more of these ${group.length} are listed in the job summary._`);
  lines.push(...fixBlock(first, blobUrl, shown.fixes, shown.hints));
  for (const f of rest) {
    if (f.fix && !shown.fixes.has(fixKey(f.fix))) {
      const edit = { ...f };
      delete edit.hint;
      lines.push(...fixBlock(edit, blobUrl, shown.fixes, shown.hints));
    }
  }
  return lines;
}
function signature(g) {
  const plat = g[0].platform;
  const arch = plat.split("/")[1] ?? plat;
  const neutral = (t) => t.split(plat).join("{platform}").split(arch).join("{arch}");
  return JSON.stringify(
    g.map((f) => [f.rule, f.severity, f.path, neutral(f.message), f.location, f.fix && [f.fix.line, f.fix.after]])
  );
}
function groupsOf(r) {
  const rank = (plat) => Math.max(...r.findings.filter((f) => f.platform === plat).map((f) => SEVERITY_RANK[f.severity]));
  const platforms = [...new Set(r.findings.map((f) => f.platform))].sort(
    (a, b) => Number(a === DOCKERFILE_SCOPE) - Number(b === DOCKERFILE_SCOPE) || rank(b) - rank(a)
  );
  const out = [];
  for (const plat of platforms) {
    const mine = r.findings.filter((x) => x.platform === plat);
    for (const rule of [...new Set(mine.map((f) => f.rule))]) out.push(mine.filter((f) => f.rule === rule));
  }
  return out;
}
function findingsSection(r, opts, budget, shown) {
  const out = [];
  const groups = groupsOf(r);
  let platform;
  const said = /* @__PURE__ */ new Map();
  for (const g of groups.slice(0, budget.groups)) {
    const plat = g[0].platform;
    if (plat !== platform) {
      platform = plat;
      const p = r.platforms.find((x) => x.platform === plat);
      const icon = p ? `${statusIcon(p, r.findings)} ` : "";
      out.push("", `#### ${icon}${escapeMarkdown(plat)}`);
    }
    const sig = signature(g);
    const before = said.get(sig);
    if (before) {
      const f = g[0];
      const total = g.length > 1 ? ` (${g.length})` : "";
      const what = f.path ? ` (${codeSpan(f.path)}${g.length > 1 ? ", \u2026" : ""})` : "";
      out.push(
        "",
        `${SEVERITY_ICON[f.severity]} ${ruleName(f.rule)}${total}: the same as on ${escapeMarkdown(before)}${what}.`
      );
      continue;
    }
    said.set(sig, plat);
    out.push("", ...groupBlock(g, opts.blobUrl, shown, budget.places));
  }
  const cut = groups.slice(budget.groups);
  if (cut.length) {
    const n = cut.reduce((k, g) => k + g.length, 0);
    out.push(
      "",
      `_${plural(n, "more finding")} ${n === 1 ? "is" : "are"} not shown here, to stay within GitHub's size limit; the matrix above counts them, the job summary lists them._`
    );
  }
  return out;
}
function dockerfileLine(r) {
  const mine = r.findings.filter((f) => f.platform === DOCKERFILE_SCOPE);
  if (!mine.length) return [];
  const w = [...mine].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0];
  const lines = [...new Set(mine.flatMap((f) => f.location ? [f.location.line] : []))];
  const at = lines.length ? ` at line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}` : "";
  const by = (s) => mine.filter((f) => f.severity === s).length;
  const counts = ["error", "warning", "note"].filter((s) => by(s)).map((s) => plural(by(s), s)).join(", ");
  return ["", `${SEVERITY_ICON[w.severity]} **Dockerfile**: ${counts}${at} (the lint, for every platform)`];
}
function programRow(f, findings) {
  const what = f.format === "script" ? `script (${codeSpan(f.interpreter ?? "?", true)})` : escapeMarkdown(f.machine ?? "?");
  const linkage = f.format === "elf" ? escapeMarkdown(f.linkage ?? "?") : "";
  const mine = findings.filter((x) => x.path === f.path).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const note = mine.length ? `${SEVERITY_ICON[mine[0].severity]} ${[...new Set(mine.map((x) => escapeMarkdown(x.rule)))].join(", ")}` : "";
  return `| ${codeSpan(f.path, true)} | ${what} | ${linkage} | ${note} |`;
}
var IGNORED_WORDS = {
  relocatable: ["object file", "object files"],
  "not-executable": ["file without an exec bit", "files without an exec bit"],
  "data-dir": ["under /usr/share", "under /usr/share"],
  "test-data": ["in test data, examples or docs", "in test data, examples or docs"],
  "not-a-program": ["not a program", "not programs"],
  library: ["DLL", "DLLs"]
};
var WINDOWS_IGNORED_WORDS = {
  "data-dir": ["in WinSxS", "in WinSxS"],
  "not-a-program": ["driver or boot application", "drivers and boot applications"]
};
function ignoredText(p) {
  const reasons = /* @__PURE__ */ new Map();
  for (const f of p.files ?? []) if (f.ignored) reasons.set(f.ignored, (reasons.get(f.ignored) ?? 0) + 1);
  const total = [...reasons.values()].reduce((a, b) => a + b, 0);
  if (!total) return "";
  const windows = familyOf(p.platform) === "windows";
  const word = (why2, n) => {
    const w = (windows ? WINDOWS_IGNORED_WORDS[why2] : void 0) ?? IGNORED_WORDS[why2];
    return w ? n === 1 ? w[0] : w[1] : escapeMarkdown(why2);
  };
  const parts2 = [...reasons].map(([why2, n]) => reasons.size === 1 ? word(why2, n) : `${n} ${word(why2, n)}`);
  return `, ${total} ignored (${parts2.join(", ")})`;
}
function programsSection(r, perPlatform) {
  const read = r.platforms.filter((p) => (p.files ?? []).length);
  if (!read.length) return [];
  const counts = read.map((p) => ({ p, ...programCounts(p) }));
  const ignored2 = counts.reduce((n, c) => n + c.ignored, 0);
  const title = `Programs checked: ${counts.map((c) => `${c.checked} on ${escapeMarkdown(c.p.platform)}`).join(", ")}${ignored2 ? ` (${ignored2} ignored: not listed)` : ""}`;
  if (perPlatform === void 0)
    return ["", `_${title}; the list is in the job summary and the JSON report, to stay within GitHub's size limit._`];
  const out = ["", `<details><summary>${title}</summary>`];
  for (const { p, checked } of counts) {
    const files = (p.files ?? []).filter((f) => !f.ignored);
    out.push("", `**${escapeMarkdown(p.platform)}**: ${checked} checked${ignoredText(p)}`);
    if (!files.length) continue;
    out.push("", "| path | architecture | linkage | finding |", "|---|---|---|---|");
    const findings = r.findings.filter((f) => f.platform === p.platform);
    for (const f of files.slice(0, perPlatform)) out.push(programRow(f, findings));
    if (files.length > perPlatform) out.push(`| \u2026 and ${files.length - perPlatform} more | | | |`);
  }
  out.push("", "</details>");
  return out;
}
var NOT_COMPARED_WORDS = {
  "not in this run": "not checked this time",
  "not in the last run": "not checked in the last run",
  "not read this time": "its image not read this time",
  "not read in the last run": "its image not read in the last run"
};
function changesLine(r, opts) {
  const previous = opts.state?.previous;
  if (!previous) return [];
  const c = changesSince(r, previous);
  const since = previous.sha ? ` (${opts.run?.commitUrl && opts.run.headSha ? `[${codeSpan(previous.sha.slice(0, 7))}](${opts.run.commitUrl.replace(opts.run.headSha, previous.sha)})` : codeSpan(previous.sha.slice(0, 7))})` : "";
  if (c.unknown)
    return [
      "",
      `**Since the last run**${since}: cannot tell what changed; the last comment had too many findings to remember them all.`
    ];
  const not = c.notCompared.length ? `; not compared: ${c.notCompared.map((x) => `${codeSpan(x.name)} (${NOT_COMPARED_WORDS[x.why]})`).join(", ")}` : "";
  if (!c.added.length && !c.fixed) return ["", `**Since the last run**${since}: no finding changed${not}.`];
  const parts2 = [
    ...c.added.length ? [`\u{1F195} ${plural(c.added.length, "new finding")}`] : [],
    ...c.fixed ? [`\u2705 ${plural(c.fixed, "finding")} fixed`] : []
  ];
  return ["", `**Since the last run**${since}: ${parts2.join(", ")}${not}.`];
}
function compose(r, opts, budget) {
  const previous = opts.state?.previous;
  const added = new Set(previous ? changesSince(r, previous).added : []);
  const shown = { fixes: /* @__PURE__ */ new Set(), hints: /* @__PURE__ */ new Set(), isNew: (f) => added.has(f) };
  const out = [headline(r), ...runLine(opts.run)];
  const groups = groupsOf(r);
  const cut = budget.groups < groups.length || budget.programs !== Infinity || groups.some((g) => g.length - 1 > budget.places);
  if (isQuiet(r)) {
    const programs = r.platforms.reduce((n, p) => n + programCounts(p).checked, 0);
    const ignored2 = r.platforms.reduce((n, p) => n + programCounts(p).ignored, 0);
    const summary = `${plural(r.platforms.length, "platform")} \xB7 ${plural(programs, "program")} checked${ignored2 ? ` \xB7 ${ignored2} ignored` : ""}${count(r, "note") ? ` \xB7 ${plural(count(r, "note"), "note")}` : ""}`;
    out.push(...changesLine(r, opts), "", `<details><summary>${summary}</summary>`, "", ...renderMatrix(r));
    out.push(...findingsSection(r, opts, budget, shown), ...programsSection(r, budget.programs), "", "</details>");
  } else {
    out.push(...changesLine(r, opts), "", ...renderMatrix(r), ...dockerfileLine(r), ...notChecked(r));
    out.push(...findingsSection(r, opts, budget, shown), ...programsSection(r, budget.programs));
  }
  if (cut) {
    const where = opts.fullReportUrl ? `[the job summary](${opts.fullReportUrl})` : "the job summary";
    out.push("", `_This comment is shortened; the full report is in ${where} and in the JSON report._`);
  }
  if (r.internalErrors?.length) {
    out.push(
      "",
      "> [!WARNING]",
      `> ${r.internalErrors.length} check(s) crashed; their results are missing. This is a bug in multiarch-verify:`
    );
    for (const e of r.internalErrors) out.push(`> - ${codeSpan(e.rule)}: ${escapeMarkdown(e.error)}`);
  }
  const version = escapeMarkdown(r.tool.version);
  out.push("", `<sub>multiarch-verify ${version} \xB7 fail-on: ${r.failOn} \xB7 source: ${codeSpan(r.source)}</sub>`);
  if (opts.state) out.push("", stateComment(r, opts.run?.headSha, Math.floor((opts.maxBytes ?? Infinity) / 4)));
  if (opts.footer) out.push("", opts.footer);
  return out.join("\n") + "\n";
}
function renderMarkdown(r, opts = {}) {
  const max = opts.maxBytes ?? Infinity;
  const fits = (s2) => Buffer.byteLength(s2) <= max;
  const groups = groupsOf(r).length;
  const all = r.findings.length;
  const tries = [
    { programs: Infinity, places: all, groups },
    { programs: 50, places: all, groups },
    { programs: 10, places: all, groups },
    { programs: void 0, places: all, groups },
    { programs: void 0, places: 100, groups },
    { programs: void 0, places: 20, groups },
    { programs: void 0, places: 0, groups }
  ];
  for (const b of tries) {
    const s2 = compose(r, opts, b);
    if (fits(s2)) return s2;
  }
  let shown = groups;
  let s = compose(r, opts, { programs: void 0, places: 0, groups: shown });
  while (!fits(s) && shown > 0) {
    shown = Math.floor(shown / 2);
    s = compose(r, opts, { programs: void 0, places: 0, groups: shown });
  }
  return s;
}

// src/report/sarif.ts
import { createHash as createHash8 } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", note: "note" };
function ruleName2(id) {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
}
function location2(f, dockerfile) {
  const file = f.location ? f.location.file : dockerfile;
  if (!file || !isRepoPath(file)) return [];
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: file.replace(/^(\.\/)+/, "") },
        region: { startLine: f.location?.line ?? 1 }
      },
      ...f.path ? { message: { text: `${f.platform} ${f.path}` } } : {}
    }
  ];
}
function renderSarif(r) {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: ruleName2(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: rule.help, markdown: rule.help },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ["containers", "multi-platform"] }
            }))
          }
        },
        results: r.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message + (f.hint ? `

Fix: ${f.hint}` : "") },
          locations: location2(f, r.dockerfile),
          partialFingerprints: {
            "multiarchVerify/v1": createHash8("sha256").update(`${f.rule}\0${f.platform}\0${f.path ?? ""}`).digest("hex")
          },
          properties: { platform: f.platform, ...f.path ? { path: f.path } : {} }
        }))
      }
    ]
  };
}

// src/report/terminal.ts
var CODES = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 };
function safe(text) {
  return showControls(text, "	");
}
function entrypointText(p) {
  const ep = p.entrypoint;
  if (!ep) return "";
  const path4 = ep.resolvedPath ?? ep.argv[0] ?? "(none)";
  const what = ep.elf ? ` (${ep.elf.machine}${ep.elf.linkage ? `, ${ep.elf.linkage}` : ""})` : ep.kind === "script" ? " (script)" : "";
  return `${path4}${what}`;
}
function programsText(p) {
  const { checked, ignored: ignored2 } = programCounts(p);
  const foreign = p.binaries.foreign ? `, ${p.binaries.foreign} foreign` : "";
  return `${checked} ${checked === 1 ? "program" : "programs"} checked${foreign}${ignored2 ? `, ${ignored2} ignored` : ""}`;
}
function renderTerminal(r, opts = {}) {
  const paint = (c, s) => opts.color ? `\x1B[${CODES[c]}m${s}\x1B[0m` : s;
  const unjudged2 = unjudgedPlatforms(r);
  const statusWord = (p) => unjudged2.includes(p.platform) && p.status === "pass" ? "skip" : p.status === "pass" ? paint("green", "ok  ") : p.status === "warning" ? paint("yellow", "warn") : p.status === "not-checked" ? paint("yellow", "skip") : paint("red", "FAIL");
  const sev = (f) => f.severity === "error" ? paint("red", "error") : f.severity === "warning" ? paint("yellow", "warning") : "note";
  const out = [];
  const bad = failedPlatforms(r).length;
  const unchecked = uncheckedPlatforms(r).length;
  const n = r.platforms.length;
  out.push(
    unchecked && !bad ? paint("bold", `NOT VERIFIED  ${unchecked} of ${n} platform(s) could not be checked`) : r.verdict === "pass" ? paint(
      "bold",
      unjudged2.length ? `PASS  ${n - unjudged2.length} of ${n} platform(s) can run what they ship; ${unjudged2.length} not checked (no rules for its OS)` : `PASS  ${n} platform(s) can run what they ship`
    ) : paint(
      "bold",
      `FAIL  ${bad} of ${n} platform(s) cannot run what they ship${unchecked ? `; ${unchecked} could not be checked` : ""}`
    )
  );
  out.push(paint("dim", `source: ${safe(r.source)}`), "");
  const width = Math.max(8, ...r.platforms.map((p) => p.platform.length));
  for (const p of r.platforms) {
    const detail = p.status === "missing" ? "not in the index" : p.status === "build-failed" ? "build failed" : p.status === "unreadable" ? "unreadable" : p.status === "not-checked" ? "not checked" : unjudged2.includes(p.platform) ? "not checked: no rules for its OS (only its index and config were compared)" : `entrypoint ${safe(entrypointText(p))} \xB7 ${programsText(p)}`;
    out.push(`  ${statusWord(p)}  ${safe(p.platform).padEnd(width)}  ${detail}`);
  }
  for (const e of r.errors ?? []) out.push("", `${paint("red", "not checked:")} ${safe(e)}`);
  for (const f of r.findings) {
    out.push("", `${sev(f)} [${f.rule}] ${safe(f.platform)}${f.path ? ` ${safe(f.path)}` : ""}`);
    out.push(`  ${safe(f.message)}`);
    if (f.location) out.push(`  at ${safe(f.location.file)}:${f.location.line}`);
    if (f.fix) {
      out.push(`  ${paint("bold", "edit")} ${safe(f.fix.file)}:${f.fix.line}:`);
      out.push(
        ...f.fix.before.map((l) => paint("red", `  - ${safe(l)}`)),
        ...f.fix.after.map((l) => paint("green", `  + ${safe(l)}`))
      );
    }
    const tail = f.evidence?.logTail;
    if (typeof tail === "string" && tail) out.push(...tail.split("\n").map((l) => paint("dim", `  | ${safe(l)}`)));
    if (f.hint) out.push(`  ${paint("bold", "fix:")} ${f.hint.split("\n").map(safe).join("\n  ")}`);
  }
  for (const e of r.internalErrors ?? [])
    out.push("", paint("red", `internal error in check ${e.rule}: ${safe(e.error)}`));
  return out.join("\n") + "\n";
}

// src/verify.ts
import { access, readFile as readFile4 } from "node:fs/promises";
import { posix as posix10 } from "node:path";

// src/buildx/buildx.ts
import { mkdir as mkdir3 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/tempdir.ts
import { spawn as spawn3 } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join6 } from "node:path";
var TEMP_PREFIX = "multiarch-verify-";
var live = /* @__PURE__ */ new Set();
var children = /* @__PURE__ */ new Set();
var installed = false;
var interrupted = false;
var STOP_WAIT_MS = 1e4;
function onSignal(signal) {
  interrupted = true;
  const stopping = [...children].map(
    (c) => new Promise(
      (resolve2) => c.exitCode !== null || c.signalCode !== null ? resolve2() : c.once("close", () => resolve2())
    )
  );
  for (const c of children) c.kill(signal);
  const waited = new Promise((resolve2) => setTimeout(resolve2, STOP_WAIT_MS).unref());
  void Promise.race([Promise.all(stopping), waited]).then(() => {
    for (const dir of live) rmSync(dir, { recursive: true, force: true });
    live.clear();
    process.kill(process.pid, signal);
  });
}
function install() {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, onSignal);
}
var MAX_KEPT = 8 * 1024 * 1024;
function spawnTracked(command, args, log) {
  install();
  if (interrupted) return Promise.reject(new Error(`not starting ${command}: interrupted`));
  return new Promise((resolve2, reject) => {
    const child2 = spawn3(command, args, { stdio: ["ignore", "pipe", "pipe"], shell: false });
    children.add(child2);
    const kept = { stdout: "", stderr: "" };
    for (const name of ["stdout", "stderr"]) {
      child2[name].setEncoding("utf8");
      child2[name].on("data", (text) => {
        log.write(text);
        kept[name] = (kept[name] + text).slice(-MAX_KEPT);
      });
    }
    child2.once("error", (err2) => {
      children.delete(child2);
      reject(err2);
    });
    child2.once("close", (code2) => {
      children.delete(child2);
      resolve2({ exitCode: code2 ?? -1, ...kept });
    });
  });
}
function tempRoot() {
  return process.env.RUNNER_TEMP || tmpdir();
}
async function withTempDir(fn, parent = tempRoot()) {
  const dir = await mkdtemp(join6(parent, TEMP_PREFIX));
  live.add(dir);
  install();
  try {
    return await fn(dir);
  } finally {
    live.delete(dir);
    await rm3(dir, { recursive: true, force: true });
  }
}

// src/buildx/args.ts
function buildxArgs(opts, platform, ociDir, metadataFile) {
  const args = ["buildx", "build"];
  if (opts.builder) args.push("--builder", opts.builder);
  args.push("--platform", formatPlatform(platform));
  if (opts.file) args.push("--file", opts.file);
  if (opts.target) args.push("--target", opts.target);
  for (const a of opts.buildArgs) args.push("--build-arg", a);
  args.push("--output", `type=oci,dest=${ociDir},tar=false,compression=uncompressed`);
  args.push("--metadata-file", metadataFile);
  args.push("--progress", "plain");
  args.push(opts.context);
  return args;
}

// src/buildx/builder.ts
var MIN_BUILDX = [0, 10, 0];
function parseBuildxVersion(text) {
  const m = /\bv?(\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : void 0;
}
function isOlder(v, min) {
  for (let i = 0; i < min.length; i++) {
    if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) < (min[i] ?? 0);
  }
  return false;
}
function parseBuilderInspect(text) {
  const info = { name: "default", platforms: [] };
  for (const raw of text.split("\n")) {
    const m = /^\s*([A-Za-z ]+):\s*(.*)$/.exec(raw);
    if (!m) continue;
    const [key, value] = [(m[1] ?? "").trim(), (m[2] ?? "").trim()];
    if (key === "Name" && !raw.startsWith(" ") && info.name === "default") info.name = value || info.name;
    else if (key === "Driver" && value) info.driver = value;
    else if (key === "Error" && value && !info.error) info.error = value;
    else if (key === "Platforms" && value) {
      for (const p of value.split(",")) {
        const name = p.trim().replace(/\*$/, "");
        try {
          info.platforms.push(parsePlatform(name));
        } catch {
        }
      }
    }
  }
  return info;
}
function canRun(builder, platform) {
  const native = platform.architecture === "386" ? [{ os: platform.os, architecture: "amd64" }] : [];
  return builder.platforms.some((p) => platformMatches(platform, p) || native.some((n) => platformMatches(n, p)));
}
function emulationMissing(builder, platform, log) {
  if (canRun(builder, platform) || !/exec format error/i.test(log)) return void 0;
  const offers = builder.platforms.map(formatPlatform).join(", ") || "none";
  return `${formatPlatform(platform)} could not be built: the buildx builder "${builder.name}" cannot run its programs (it offers ${offers}); install QEMU with docker/setup-qemu-action before the build, or cross-compile in a FROM --platform=$BUILDPLATFORM stage`;
}

// src/buildx/log.ts
var TAIL_LINES = 25;
function parseBuildFailure(log, dockerfile) {
  const lines = log.replace(/\r/g, "").split("\n");
  const failure = {
    logTail: lines.filter((l) => l.trim() !== "").slice(-TAIL_LINES).join("\n")
  };
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^ > (\[.*)$/.exec(lines[i] ?? "");
    if (m?.[1]) {
      failure.step = m[1].replace(/:$/, "");
      break;
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(\S+):(\d+)$/.exec((lines[i] ?? "").trim());
    if (m?.[1] && m[2] && /dockerfile|containerfile/i.test(m[1])) {
      failure.location = { file: dockerfile ?? m[1], line: Number(m[2]) };
      break;
    }
  }
  return failure;
}

// src/buildx/buildx.ts
async function docker(args) {
  try {
    const r = await getExecOutput("docker", args, { ignoreReturnCode: true, silent: true });
    return { code: r.exitCode, out: `${r.stdout}
${r.stderr}`.trim() };
  } catch {
    return { code: -1, out: "" };
  }
}
var lastLine = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? "";
async function inspectBuilder(builder) {
  const r = await docker(["buildx", "inspect", ...builder ? ["--builder", builder] : [], "--bootstrap"]);
  if (r.code !== 0) return { name: builder ?? "default", platforms: [], error: lastLine(r.out) || "no answer" };
  return parseBuilderInspect(r.out);
}
async function preflight(builder) {
  const v = await docker(["buildx", "version"]);
  if (v.code === -1)
    throw new UserError("docker is not installed or not on PATH; install Docker with the buildx plugin");
  if (v.code !== 0)
    throw new UserError(
      `docker buildx is not available (${lastLine(v.out) || "no answer"}); install the buildx plugin, or use docker/setup-buildx-action`
    );
  const version = parseBuildxVersion(v.out);
  if (version && isOlder(version, MIN_BUILDX))
    throw new UserError(
      `docker buildx ${version.join(".")} is too old: multiarch-verify needs ${MIN_BUILDX.join(".")} or later; docker/setup-buildx-action installs a current one`
    );
  const info = await inspectBuilder(builder);
  if (info.error)
    throw new UserError(
      `the buildx builder "${info.name}" cannot build: ${info.error}; start the Docker daemon, or set up a builder with docker/setup-buildx-action`
    );
  return info;
}
async function buildPlatform(opts, platform, workDir, log, dockerfile, builder) {
  const name = formatPlatform(platform);
  const dir = join7(workDir, name.replace(/\//g, "-"));
  await mkdir3(dir, { recursive: true });
  const ociDir = join7(dir, "oci");
  const metadataFile = join7(dir, "metadata.json");
  const args = buildxArgs(opts, platform, ociDir, metadataFile);
  return log.group(`Build ${name}`, async () => {
    const started = Date.now();
    const r = await spawnTracked("docker", args, log.stream);
    log.info(`${name}: buildx took ${((Date.now() - started) / 1e3).toFixed(1)} s`);
    if (r.exitCode === 0) return { platform, ok: true, ociDir, metadataFile };
    const output = `${r.stdout}
${r.stderr}`;
    const noEmulator = emulationMissing(builder, platform, output);
    if (noEmulator) return { platform, ok: false, environment: noEmulator, daemonGone: false };
    const now = await inspectBuilder(opts.builder);
    if (now.error) {
      const why2 = `${name} was not checked: its build stopped because the buildx builder "${now.name}" stopped answering (${now.error})`;
      return { platform, ok: false, environment: why2, daemonGone: true };
    }
    log.warning(`the build for ${name} failed (exit code ${r.exitCode}); the other platforms are still verified`);
    return { platform, ok: false, failure: parseBuildFailure(output, dockerfile) };
  });
}

// src/config/config.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_CONFIG_PATH = ".github/multiarch-verify.yml";
var EMPTY_CONFIG = { rules: {}, require: [] };
var SEVERITIES = ["error", "warning", "note", "off"];
var KNOWN = new Set(RULES.map((r) => r.id));
function parseConfig(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const at = (node2) => `${file}:${node2?.range ? lines.linePos(node2.range[0]).line : 1}`;
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new UserError(`${file}:${e?.linePos?.[0]?.line ?? 1}: not valid YAML (${e?.message.split("\n")[0]})`);
  }
  const config = { rules: {}, require: [] };
  const root = doc.contents;
  if (root === null || root === void 0) return config;
  if (!(0, import_yaml.isMap)(root)) throw new UserError(`${at(root)}: the config must be a mapping with "rules" and "require"`);
  for (const item of root.items) {
    const key = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
    const value = item.value;
    if (key === "rules") {
      if (!(0, import_yaml.isMap)(value))
        throw new UserError(`${at(value ?? item.key)}: "rules" must map rule ids to settings`);
      for (const r of value.items) {
        const id = (0, import_yaml.isScalar)(r.key) ? String(r.key.value) : "";
        if (!KNOWN.has(id))
          throw new UserError(`${at(r.key)}: unknown rule "${id}"; the rules are ${[...KNOWN].join(", ")}`);
        config.rules[id] = parseRule(r.value, at);
      }
    } else if (key === "require") {
      if (!(0, import_yaml.isSeq)(value))
        throw new UserError(`${at(value ?? item.key)}: "require" must be a list of absolute paths`);
      for (const p of value.items) {
        const path4 = (0, import_yaml.isScalar)(p) ? String(p.value) : "";
        if (!path4.startsWith("/") && !isWindowsPath(path4))
          throw new UserError(
            `${at(p)}: required path "${path4}" must be absolute (/usr/bin/app, or C:\\app\\app.exe)`
          );
        config.require.push(path4);
      }
    } else {
      throw new UserError(`${at(item.key)}: unknown setting "${key}"; use rules or require`);
    }
  }
  return config;
}
function parseRule(node2, at) {
  const rule = { ignore: [] };
  if (!(0, import_yaml.isMap)(node2)) throw new UserError(`${at(node2)}: a rule's settings are severity and ignore`);
  for (const item of node2.items) {
    const key = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
    const value = item.value;
    if (key === "severity") {
      const s = (0, import_yaml.isScalar)(value) ? String(value.value) : "";
      if (!SEVERITIES.includes(s))
        throw new UserError(`${at(value)}: severity "${s}"; use ${SEVERITIES.join(", ")}`);
      rule.severity = s;
    } else if (key === "ignore") {
      const globs = (0, import_yaml.isSeq)(value) ? value.items : (0, import_yaml.isScalar)(value) ? [value] : void 0;
      if (!globs) throw new UserError(`${at(value)}: ignore takes a glob or a list of globs`);
      for (const g of globs) {
        const glob = (0, import_yaml.isScalar)(g) ? String(g.value) : "";
        try {
          rule.ignore.push({ glob, match: (0, import_picomatch.default)(glob, { strictBrackets: true, dot: true }) });
        } catch (err2) {
          throw new UserError(`${at(g)}: bad glob "${glob}" (${err2.message})`);
        }
      }
    } else {
      throw new UserError(`${at(item.key)}: unknown rule setting "${key}"; use severity or ignore`);
    }
  }
  return rule;
}
function ignored(rc, path4) {
  const alt = isWindowsPath(path4) ? path4.replace(/\\/g, "/") : path4;
  return rc?.ignore.some((i) => i.match(path4) || i.match(alt)) ?? false;
}
function applyConfig(findings, config) {
  const out = [];
  let suppressed = 0;
  for (const f of findings) {
    const rc = config.rules[f.rule];
    if (rc?.severity === "off" || f.path && ignored(rc, f.path)) {
      suppressed++;
      continue;
    }
    out.push(rc?.severity ? { ...f, severity: rc.severity } : f);
  }
  return { findings: out, suppressed };
}
async function loadConfig(path4) {
  const { readFile: readFile5 } = await import("node:fs/promises");
  const file = path4 ?? DEFAULT_CONFIG_PATH;
  let text;
  try {
    text = await readFile5(file, "utf8");
  } catch {
    if (path4 !== void 0) throw new UserError(`config file ${file} not found`);
    return EMPTY_CONFIG;
  }
  return parseConfig(file, text);
}

// src/dockerfile/locate.ts
var PRODUCES = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var norm = (s) => s.replace(/\\\n/g, " ").replace(/\s+/g, " ").trim();
function parseCreatedBy(createdBy) {
  const text = createdBy.replace(/\s*# buildkit$/, "").trim();
  const m = /^(?:\/bin\/sh -c #\(nop\) )?([A-Z]+)\s+(.*)$/s.exec(text);
  if (!m?.[1]) return void 0;
  let args = m[2] ?? "";
  if (m[1] === "RUN") args = args.replace(/^\|\d+(?: \S+=\S*)*\s+/, "").replace(/^\/bin\/sh -c /, "");
  return { keyword: m[1], args };
}
function paths(args) {
  const jsonForm = args.trim().startsWith("[");
  if (jsonForm) {
    try {
      return JSON.parse(args).filter((a) => !a.startsWith("--"));
    } catch {
      return [];
    }
  }
  return args.split(/\s+/).filter((a) => a && !a.startsWith("--"));
}
function matches(ins, made) {
  if (ins.keyword !== made.keyword) return false;
  if (ins.keyword === "RUN") {
    const a = norm(ins.args.replace(/^(--\S+\s+)+/, ""));
    const b = norm(made.args);
    return a === b || a.includes(b) || b.includes(a);
  }
  return paths(ins.args).at(-1) === paths(made.args).at(-1);
}
function instructionForLayer(ctx, p, layer) {
  const stage = targetStage(ctx.stages, ctx.target);
  const layered = (p.history ?? []).filter((h) => !h.empty);
  if (!stage || layered.length !== p.layerCount) return void 0;
  const made = parseCreatedBy(layered[layer]?.createdBy ?? "");
  if (!made || !PRODUCES.has(made.keyword)) return void 0;
  const candidates = stage.instructions.filter((i) => matches(i, made));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function producer(ctx, copy) {
  const stage = copy.from ? stageNamed(ctx.stages, copy.from) : void 0;
  const source = paths(copy.args)[0];
  if (!stage || !source) return void 0;
  const runs = stage.instructions.filter((i) => i.keyword === "RUN" && i.args.includes(source.replace(/\/+$/, "")));
  return runs.at(-1);
}
function entrypointLine(ctx) {
  const stage = targetStage(ctx.stages, ctx.target);
  return stage?.instructions.filter((i) => i.keyword === "ENTRYPOINT" || i.keyword === "CMD").at(-1);
}
var ENTRYPOINT_RULES = /* @__PURE__ */ new Set(["entrypoint-not-found", "entrypoint-not-executable"]);
function locateFindings(findings, platforms, ctx) {
  return findings.map((f) => {
    if (f.location) return f;
    const p = platforms.find((x) => formatPlatform(x.platform) === f.platform);
    let ins;
    if (ENTRYPOINT_RULES.has(f.rule)) ins = entrypointLine(ctx);
    else if (p && f.path) {
      const layer = p.executables.find((e) => e.path === f.path)?.layer;
      const wrote = layer === void 0 ? void 0 : instructionForLayer(ctx, p, layer);
      ins = wrote?.from ? producer(ctx, wrote) ?? wrote : wrote;
    }
    return ins ? { ...f, location: { file: ctx.file, line: ins.line } } : f;
  });
}

// src/checks/evaluate.ts
function crossInputOf(platforms) {
  return {
    platforms: platforms.filter((p) => wasRead(p.status)).map((p) => ({ platform: p.platform, files: p.files ?? [] }))
  };
}
function unique2(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.platform, f.path, f.message, f.location]);
    return !seen.has(key) && seen.add(key);
  });
}
function evaluate(input) {
  const results = [];
  if (input.facts) results.push(runEach(PLATFORM_RULES, { platforms: input.facts }));
  results.push(runEach(CROSS_RULES, crossInputOf(input.summaries)));
  if (input.dockerfile) results.push(runEach(DOCKERFILE_RULES, input.dockerfile));
  const all = consolidate(unique2([...input.carried ?? [], ...results.flatMap((r) => r.findings)]));
  const { findings, suppressed } = applyConfig(all, input.config);
  const located = input.dockerfile && input.facts ? locateFindings(findings, input.facts, input.dockerfile) : findings;
  const fixed = input.facts ? located.map(
    (f) => withFix(f, { facts: input.facts, ...input.dockerfile ? { dockerfile: input.dockerfile } : {} })
  ) : located;
  return { findings: sortFindings(fixed), suppressed, crashed: results.flatMap((r) => r.crashed) };
}

// src/heap.ts
import { setFlagsFromString } from "node:v8";
var RELAX_RSS = 170 * 1024 * 1024;
var EAGER_RSS = 140 * 1024 * 1024;
var EVERY_MS = 50;
function tuneHeap() {
  setFlagsFromString("--semi-space-growth-factor=1");
  let lazy = false;
  const set = (on) => {
    if (on === lazy) return;
    lazy = on;
    setFlagsFromString(`--heap-growing-percent=${on ? 300 : 0}`);
  };
  const watch = () => {
    const rss = process.memoryUsage.rss();
    if (rss > RELAX_RSS) set(false);
    else if (rss < EAGER_RSS) set(true);
  };
  watch();
  const timer = setInterval(watch, EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    set(false);
  };
}

// src/image/layers.ts
import { stat as stat5 } from "node:fs/promises";

// src/image/blob-digest.ts
import { createHash as createHash9 } from "node:crypto";
import { open as open5 } from "node:fs/promises";
var CHUNK = 512 * 1024;
async function fileDigest(path4, range, algo) {
  const hash = createHash9(algo);
  const file = await open5(path4, "r");
  try {
    const end = range ? range.end : (await file.stat()).size;
    const buffers = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
    const readAt = (n, at) => file.read(buffers[n % 2], 0, Math.min(CHUNK, end - at), at);
    let pos = range?.start ?? 0;
    let pending = pos < end ? readAt(0, pos) : void 0;
    for (let n = 1; pending; n++) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      pos += bytesRead;
      pending = pos < end ? readAt(n, pos) : void 0;
      hash.update(buffers[(n - 1) % 2].subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return `${algo}:${hash.digest("hex")}`;
}
async function checkFileDigest(path4, range, expected, label = expected.digest) {
  const algo = expected.digest.startsWith("sha512:") ? "sha512" : "sha256";
  let got;
  try {
    got = await fileDigest(path4, range, algo);
  } catch (err2) {
    throw new UserError(`cannot read layer ${label}: ${errorMessage(err2)}`);
  }
  if (got !== expected.digest) throw layerMismatch(label, expected, got);
}

// src/image/layer-pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/concurrency.ts
import { availableParallelism, cpus } from "node:os";
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
function cores() {
  return Math.max(1, typeof availableParallelism === "function" ? availableParallelism() : cpus().length);
}

// src/image/layer-pool.ts
function bugOf(reply) {
  const err2 = new Error(reply.error);
  if (reply.stack) err2.stack = reply.stack;
  return err2;
}
var WALKS_PER_THREAD = 2;
var LayerPool = class {
  constructor(script, size) {
    this.script = script;
    this.size = size;
  }
  script;
  size;
  workers = [];
  queue = [];
  pending = /* @__PURE__ */ new Map();
  /** The jobs in flight on each worker. */
  busy = /* @__PURE__ */ new Map();
  mainLoad = 0;
  nextId = 0;
  run(job) {
    return new Promise((resolve2, reject) => {
      this.queue.push({ job, pending: { resolve: resolve2, reject } });
      this.pump();
    });
  }
  spawn() {
    const w = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    w.unref();
    this.busy.set(w, /* @__PURE__ */ new Set());
    w.on("message", (reply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      const jobs = this.busy.get(w);
      jobs?.delete(reply.id);
      if (jobs?.size === 0) w.unref();
      if (p) {
        if (reply.entries) p.resolve(reply.entries);
        else p.reject(reply.user ? new UserError(reply.error ?? "layer error") : bugOf(reply));
      }
      this.pump();
    });
    const lost = (err2) => {
      for (const id of this.busy.get(w) ?? []) {
        this.pending.get(id)?.reject(err2);
        this.pending.delete(id);
      }
      this.busy.delete(w);
      const at = this.workers.indexOf(w);
      if (at >= 0) this.workers.splice(at, 1);
      this.pump();
    };
    w.on("error", lost);
    w.on("exit", (code2) => lost(new Error(`the layer worker exited (code ${code2})`)));
    this.workers.push(w);
    return w;
  }
  /** The least busy walker with room: the main thread (null), a worker, or a new worker; undefined when all are full. */
  pick() {
    let best = this.mainLoad < WALKS_PER_THREAD ? null : void 0;
    let load = this.mainLoad;
    for (const w of this.workers) {
      const n = this.busy.get(w)?.size ?? 0;
      if (n < WALKS_PER_THREAD && (best === void 0 || n < load)) {
        best = w;
        load = n;
      }
    }
    if ((best === void 0 || load > 0) && this.workers.length < this.size) return this.spawn();
    return best;
  }
  pump() {
    while (this.queue.length > 0) {
      const w = this.pick();
      if (w === void 0) return;
      const { job, pending } = this.queue.shift();
      if (w === null) {
        this.mainLoad++;
        walkFile(job.path, job.expected, job.range, job.label).then(pending.resolve, pending.reject).finally(() => {
          this.mainLoad--;
          this.pump();
        });
        continue;
      }
      const id = this.nextId++;
      this.pending.set(id, pending);
      this.busy.get(w)?.add(id);
      w.ref();
      w.postMessage({ id, ...job });
    }
  }
};
function workerCount(setting, cpus2) {
  if (setting !== void 0 && /^\d+$/.test(setting.trim())) return Number(setting.trim());
  return Math.max(0, Math.floor(cpus2 / 2) - 1);
}
var pool;
function getPool() {
  if (pool === void 0) {
    const script = new URL("./layer-worker.js", import.meta.url);
    const size = workerCount(process.env.MULTIARCH_VERIFY_LAYER_WORKERS, cores());
    const bundled = script.protocol === "file:" && existsSync(fileURLToPath(script));
    pool = size > 0 && bundled ? new LayerPool(script, size) : null;
  }
  return pool;
}
function walkLayerFile(path4, expected, range, label) {
  const p = getPool();
  const job = { path: path4, ...expected ? { expected } : {}, ...range ? { range } : {}, ...label ? { label } : {} };
  return p ? p.run(job) : walkFile(path4, expected, range, label);
}

// src/image/layers.ts
var LAYER_TRIES = 3;
async function walkStream(blob) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await walkLayer(await blob.open(), blob.expected);
    } catch (err2) {
      if (!isTransient(err2)) throw err2;
      if (attempt >= LAYER_TRIES) throw new UserError(`${errorMessage(err2)}; tried ${attempt} times`);
    }
  }
}
function walkBlob(blob) {
  switch (blob.kind) {
    case "file":
      return walkLayerFile(blob.path, blob.expected, blob.range, blob.label);
    case "stream":
      return walkStream(blob);
    case "walked":
      return blob.entries;
  }
}
function cacheKeyOf(blob) {
  if (blob.kind === "walked" || !blob.expected || blob.expected.of === "uncompressed") return void 0;
  return { digest: blob.expected.digest, of: "stored" };
}
async function storedSize(blob) {
  if (blob.kind !== "file") return void 0;
  return blob.range ? blob.range.end - blob.range.start : (await stat5(blob.path).catch(() => void 0))?.size;
}
function counted(blob) {
  let bytes = 0;
  const open6 = async () => {
    const stream = await blob.open();
    bytes = 0;
    return (async function* () {
      for await (const chunk of stream) {
        bytes += chunk.length;
        yield chunk;
      }
    })();
  };
  return { blob: { ...blob, open: open6 }, bytes: () => bytes };
}
var LayerReader = class {
  inflight = /* @__PURE__ */ new Map();
  /** The facts cache of this run, if any (verify() sets it, and flushes it when done). */
  cache;
  /** The entries of a layer of `source`; a layer already being read (another platform's) is not read twice. */
  read(source, desc) {
    const key = `${source.name}\0${desc.digest}`;
    let p = this.inflight.get(key);
    if (!p) {
      p = source.blob(desc).then((blob) => this.entriesOf(blob, desc)).finally(() => this.inflight.delete(key));
      this.inflight.set(key, p);
    }
    return p;
  }
  /**
   * A cached layer is taken for a descriptor only when the descriptor's size is the size of the bytes its facts were
   * made from, and a local copy only when it has that size too: a descriptor naming one layer's digest with another
   * blob's size, or a copy cut short or replaced, is read (and its digest checked) as without the cache. A copy of
   * the right size is hashed: with other bytes, it is the error a read would give.
   */
  async entriesOf(blob, desc) {
    const cache = this.cache;
    const key = cacheKeyOf(blob);
    if (!cache || !key || !(desc.size > 0)) return walkBlob(blob);
    const local = await storedSize(blob);
    const hit = local === void 0 || local === desc.size ? await cache.get(key, desc.size) : void 0;
    if (hit) {
      if (blob.kind === "file") await checkFileDigest(blob.path, blob.range, key, blob.label);
      return hit;
    }
    if (blob.kind === "stream") {
      const c = counted(blob);
      const entries2 = await walkBlob(c.blob);
      cache.put(key, entries2, c.bytes());
      return entries2;
    }
    const entries = await walkBlob(blob);
    if (local !== void 0) cache.put(key, entries, local);
    return entries;
  }
};
var layerReader = new LayerReader();

// src/image/read.ts
var MAX_INDEX_DEPTH = 8;
async function listImages(source) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (idx, depth, refName) => {
    for (const d of idx.manifests) {
      if (!d || typeof d.digest !== "string") throw new UserError(`${source.name}: an index entry has no digest`);
      if (isAttestation(d)) continue;
      const name = refName ?? d.annotations?.["org.opencontainers.image.ref.name"];
      if (isIndexMediaType(d.mediaType)) {
        if (depth >= MAX_INDEX_DEPTH || seen.has(d.digest)) {
          throw new UserError(`${source.name}: index ${d.digest} nests too deep or refers to itself`);
        }
        seen.add(d.digest);
        await visit(await source.json(d), depth + 1, name);
      } else if (isManifestMediaType(d.mediaType) || d.mediaType === void 0) {
        const ref = { manifest: d };
        if (d.platform?.architecture) ref.indexPlatform = normalizePlatform(d.platform);
        const osVersion = d.platform?.["os.version"];
        const osFeatures = d.platform?.["os.features"];
        if (typeof osVersion === "string" && osVersion) ref.osVersion = osVersion;
        if (Array.isArray(osFeatures)) ref.osFeatures = osFeatures.filter((f) => typeof f === "string");
        if (name) ref.refName = name;
        out.push(ref);
      }
    }
  };
  await visit(await source.rootIndex(), 0, void 0);
  return out;
}
var loaded = /* @__PURE__ */ new WeakMap();
function loadImage(source, ref) {
  let bySource = loaded.get(source);
  if (!bySource) loaded.set(source, bySource = /* @__PURE__ */ new Map());
  let p = bySource.get(ref.manifest.digest);
  if (!p) bySource.set(ref.manifest.digest, p = readImage(source, ref));
  return p;
}
async function readImage(source, ref) {
  const manifest = await source.json(ref.manifest);
  if (!manifest?.config?.digest || !Array.isArray(manifest.layers)) {
    throw new UserError(`${source.name}: manifest ${ref.manifest.digest} has no config or layers`);
  }
  const config = await source.json(manifest.config);
  return { manifest, config };
}

// src/inspect/dependencies.ts
import { posix as posix2 } from "node:path";
function isExecutableFile(tree, path4) {
  const r = tree.resolve(path4);
  return r.ok && r.node.kind === "file" && (r.node.mode & 73) !== 0;
}
function envProgram(argument) {
  const words2 = (argument ?? "").split(/\s+/).filter(Boolean);
  for (const w of words2) {
    if (w.startsWith("-") || /^\w+=/.test(w)) continue;
    return w;
  }
  return void 0;
}
function lookPath(tree, name, path4, workdir = "/") {
  if (name.includes("/")) return isExecutableFile(tree, posix2.resolve(workdir, name));
  return path4.some((dir) => isExecutableFile(tree, posix2.join(posix2.resolve("/", dir), name)));
}
function dependenciesOf(tree, binary, path4) {
  if (binary.format === "elf" && binary.interpreter) {
    return {
      interpreter: {
        path: binary.interpreter,
        found: isExecutableFile(tree, posix2.resolve("/", binary.interpreter)) || fileExists(tree, binary.interpreter)
      }
    };
  }
  if (binary.format !== "script") return void 0;
  const deps = {
    interpreter: { path: binary.interpreter, found: isExecutableFile(tree, posix2.resolve("/", binary.interpreter)) }
  };
  if (posix2.basename(binary.interpreter) === "env") {
    const name = envProgram(binary.argument);
    if (name) deps.program = { name, found: lookPath(tree, name, path4) };
  }
  return deps;
}
function fileExists(tree, path4) {
  return tree.isFile(posix2.resolve("/", path4));
}
function armLoaders(tree) {
  return Object.keys(ARM_LOADERS).filter((p) => fileExists(tree, p));
}

// src/inspect/loading.ts
import { posix as posix9 } from "node:path";

// src/inspect/loader/glibc.ts
import { posix as posix3 } from "node:path";

// src/inspect/loader/bfs.ts
var MAX_OBJECTS = 4096;
function breadthFirst(objects, unknown, each) {
  for (let i = 0; i < objects.length && i < MAX_OBJECTS; i++) {
    const obj = objects[i];
    if (obj.elf.needed === void 0) {
      if (obj.elf.hasDynamic) unknown.push(obj.path);
      continue;
    }
    for (const name of obj.elf.needed) each(obj, name);
  }
}

// src/inspect/loader/glibc.ts
function expand(dir, origin, loader, workdir) {
  const out = dir.replace(/\$(\{ORIGIN\}|ORIGIN(?=\/|$))/g, origin).replace(/\$(\{LIB\}|LIB(?=\/|$))/g, loader.lib).replace(/\$(\{PLATFORM\}|PLATFORM(?=\/|$))/g, loader.platform);
  return posix3.resolve(workdir, out);
}
function elfAt(node2) {
  return node2.binary?.format === "elf" ? node2.binary : void 0;
}
function tryPath(env, path4, main2, skipped) {
  const r = env.tree.resolve(path4);
  if (!r.ok || r.node.kind !== "file") return void 0;
  const verdict = glibcTakes(r.node.binary, main2);
  if (verdict.take) return { path: path4, node: r.node, elf: elfAt(r.node) };
  if ("skip" in verdict) {
    if (!skipped.some(
      (s) => env.tree.resolve(s.path).ok && env.tree.resolve(s.path).node === r.node
    ))
      skipped.push({ path: path4, what: verdict.skip, ...verdict.otherClass ? { otherClass: verdict.otherClass } : {} });
    return void 0;
  }
  return { fatal: verdict.fatal };
}
function abiKey(loader, main2) {
  return `${loader.interpreter}\0${main2.machine}:${main2.bits}:${main2.endian}:${main2.flags}`;
}
function search(env, loader, name, dirs, main2, neededBy) {
  const nodeflib = ((neededBy.elf.flags1 ?? 0) & DF_1_NODEFLIB) !== 0;
  const key = `${abiKey(loader, main2)}\0${name}\0${dirs.join(":")}\0${nodeflib}`;
  const memo = env.memo.get(key);
  if (memo) {
    return "missing" in memo ? { missing: { ...memo.missing, neededBy: neededBy.path } } : memo;
  }
  const skipped = [];
  const fail = (fatal) => ({
    missing: {
      name,
      neededBy: neededBy.path,
      skipped,
      reason: fatal ? "fatal" : "not-found",
      ...fatal ? { fatal } : {}
    }
  });
  const inDirs = (list2) => {
    for (const dir of list2) {
      for (const sub of subdirs(env, loader, main2, dir)) {
        const path4 = posix3.join(dir, sub, name);
        const got = tryPath(env, path4, main2, skipped);
        if (!got) continue;
        return "fatal" in got ? fail({ path: path4, error: got.fatal }) : { found: got };
      }
    }
    return void 0;
  };
  let result = inDirs(dirs);
  if (!result) {
    const cached = cacheLookup(env.tree, loader, name);
    const system = (p) => loader.system.some((d) => p.startsWith(d.endsWith("/") ? d : `${d}/`));
    if (cached && !(nodeflib && system(cached))) {
      const got = tryPath(env, cached, main2, skipped);
      if (got) result = "fatal" in got ? fail({ path: cached, error: got.fatal }) : { found: got };
    }
  }
  if (!result && !nodeflib) result = inDirs(loader.system);
  result ??= fail();
  env.memo.set(key, result);
  return result;
}
var MAX_SUBDIRS = 1024;
function subdirs(env, loader, main2, dir) {
  const key = `${abiKey(loader, main2)}\0${dir}`;
  let out = env.subdirs.get(key);
  if (out) return out;
  const isDir = (path4) => {
    const r = env.tree.resolve(path4);
    return r.ok && r.node.kind === "dir";
  };
  const slots = [["tls"], loader.legacy.platforms, ...loader.legacy.names.map((n) => [n])];
  const legacy = [];
  const walk = (rel, slot) => {
    if (legacy.length >= MAX_SUBDIRS) return;
    if (slot === slots.length) {
      if (rel) legacy.push(rel);
      return;
    }
    for (const name of slots[slot]) {
      const sub = rel ? `${rel}/${name}` : name;
      if (isDir(posix3.join(dir, sub))) walk(sub, slot + 1);
    }
    walk(rel, slot + 1);
  };
  walk("", 0);
  out = [...loader.hwcaps.map((h) => `glibc-hwcaps/${h}`), ...legacy, ""];
  env.subdirs.set(key, out);
  return out;
}
function cacheLookup(tree, loader, name) {
  const entries = tree.ldCache();
  if (!entries) return void 0;
  const mine = entries.filter((e) => e.soname === name && loader.cacheFlags.includes(e.flags));
  return (mine.find((e) => e.hwcap === 0) ?? mine[0])?.path;
}
function searchPath(env, loader, obj, main2) {
  const dirs = [];
  const rpath = (l) => l.elf.runpath?.length ? [] : (l.elf.rpath ?? []).map((d) => expand(d, l.origin, loader, env.workdir));
  if (!obj.elf.runpath?.length) {
    let sawMain = false;
    for (let l = obj; l; l = l.loader) {
      dirs.push(...rpath(l));
      sawMain ||= l === main2;
    }
    if (!sawMain) dirs.push(...rpath(main2));
  }
  dirs.push(...env.libraryPath.map((d) => expand(d, main2.origin, loader, env.workdir)));
  dirs.push(...(obj.elf.runpath ?? []).map((d) => expand(d, obj.origin, loader, env.workdir)));
  return dirs;
}
function loadWithGlibc(env, loader, program) {
  const realPath = env.tree.resolve(program.path);
  const main2 = {
    path: program.path,
    node: program.node,
    elf: program.elf,
    origin: posix3.dirname(realPath.ok ? realPath.path : program.path),
    names: /* @__PURE__ */ new Set([program.path])
  };
  const objects = [main2];
  const ld = env.tree.resolve(posix3.resolve("/", loader.interpreter));
  if (ld.ok && ld.node.kind === "file" && elfAt(ld.node)) {
    const elf = elfAt(ld.node);
    const names = /* @__PURE__ */ new Set([loader.interpreter, ...elf.soname ? [elf.soname] : []]);
    objects.push({ path: loader.interpreter, node: ld.node, elf, origin: posix3.dirname(loader.interpreter), names });
  }
  const result = { libc: "glibc", missing: [], versions: [], unknown: [], loaded: 0 };
  breadthFirst(objects, result.unknown, (obj, name) => {
    if (objects.some((o) => o.names.has(name) || o.elf.soname === name)) return;
    const found = name.includes("/") ? byPath2(env, name, program.elf, obj) : search(env, loader, name, searchPath(env, loader, obj, main2), program.elf, obj);
    if ("missing" in found) {
      result.missing.push(found.missing);
      return;
    }
    const same = objects.find((o) => o.node === found.found.node);
    if (same) {
      same.names.add(name);
      return;
    }
    objects.push({
      path: found.found.path,
      node: found.found.node,
      elf: found.found.elf,
      origin: posix3.dirname(found.found.path),
      loader: obj,
      names: /* @__PURE__ */ new Set([name, found.found.path])
    });
  });
  result.loaded = objects.length;
  result.versions = checkVersions(objects);
  return result;
}
function byPath2(env, name, main2, neededBy) {
  const path4 = posix3.resolve(env.workdir, name);
  const skipped = [];
  const got = tryPath(env, path4, main2, skipped);
  if (got && !("fatal" in got)) return { found: got };
  const missing = { name, neededBy: neededBy.path, skipped, reason: got ? "fatal" : "not-found" };
  if (got && "fatal" in got) missing.fatal = { path: path4, error: got.fatal };
  return { missing };
}
function checkVersions(objects) {
  const out = [];
  for (const obj of objects) {
    for (const need of obj.elf.versionNeeds ?? []) {
      const lib = objects.find((o) => o.names.has(need.file) || o.elf.soname === need.file);
      const defs = lib?.elf.versionDefs;
      if (!lib || !defs) continue;
      for (const v of need.versions) {
        if (v.weak || defs.includes(v.name)) continue;
        out.push({ version: v.name, library: lib.path, realPath: lib.node.path, file: need.file, requiredBy: obj.path });
      }
    }
  }
  return out;
}

// src/inspect/loader/loaders.ts
import { posix as posix5 } from "node:path";

// src/inspect/loader/glibc-arch.ts
import { posix as posix4 } from "node:path";
var EF_ARM_ABI_FLOAT_SOFT2 = 512;
var EF_ARM_ABI_FLOAT_HARD2 = 1024;
var EF_MIPS_NAN2008 = 1024;
var ARM = { legacy: ["neon", "vfp"], platforms: ["v5l", "v6l", "v7l", "v8l"] };
var S390_PLATFORMS = ["z900", "z990", "z9-109", "z10", "z196", "zEC12", "z13", "z14", "z15", "z16"];
function glibcArch(elf) {
  const le = elf.endian === "little";
  const none = { hwcaps: [], legacy: [], platforms: [] };
  switch (elf.machine) {
    case 62:
      return elf.bits === 64 ? {
        flags: [771],
        tuple: "x86_64-linux-gnu",
        hwcaps: ["x86-64-v4", "x86-64-v3", "x86-64-v2"],
        legacy: ["avx512_1", "x86_64"],
        platforms: ["x86_64", "haswell", "xeon_phi"],
        platform: "x86_64",
        libdir: "lib64"
      } : { ...none, flags: [2051], tuple: "x86_64-linux-gnux32", platform: "x86_64", libdir: "libx32" };
    case 183:
      return {
        flags: [2563],
        tuple: "aarch64-linux-gnu",
        hwcaps: [],
        legacy: ["atomics"],
        platforms: ["aarch64"],
        platform: "aarch64",
        libdir: "lib64"
      };
    case 40:
      return elf.flags & EF_ARM_ABI_FLOAT_SOFT2 || !(elf.flags & EF_ARM_ABI_FLOAT_HARD2) ? { ...ARM, hwcaps: [], flags: [2819, 3], tuple: "arm-linux-gnueabi", platform: "v5l" } : { ...ARM, hwcaps: [], flags: [2307, 3], tuple: "arm-linux-gnueabihf", platform: "v7l" };
    case 3:
      return {
        flags: [1, 3],
        tuple: "i386-linux-gnu",
        hwcaps: [],
        legacy: ["sse2"],
        platforms: ["i686", "i586", "i486", "i386"],
        platform: "i686",
        libdir: "lib32"
      };
    case 21:
      return le ? {
        flags: [1283],
        tuple: "powerpc64le-linux-gnu",
        hwcaps: ["power10", "power9"],
        legacy: ["altivec", "dfp"],
        platforms: ["power8", "power9", "power10"],
        platform: "power8",
        libdir: "lib64"
      } : { ...none, flags: [1283], tuple: "powerpc64-linux-gnu", platform: "power8", libdir: "lib64" };
    case 22:
      return {
        flags: [1027],
        tuple: "s390x-linux-gnu",
        hwcaps: ["z16", "z15", "z14", "z13"],
        legacy: ["vxe2", "vxe", "vx", "dfp", "eimm", "ldisp", "zarch"],
        platforms: S390_PLATFORMS,
        platform: "z900",
        libdir: "lib64"
      };
    case 8:
      return elf.bits === 64 ? {
        ...none,
        flags: [elf.flags & EF_MIPS_NAN2008 ? 3587 : 1795],
        tuple: le ? "mips64el-linux-gnuabi64" : "mips64-linux-gnuabi64",
        platform: "mips",
        libdir: "lib64"
      } : {
        ...none,
        flags: [elf.flags & EF_MIPS_NAN2008 ? 3075 : 3, 1],
        tuple: le ? "mipsel-linux-gnu" : "mips-linux-gnu",
        platform: "mips"
      };
    case 243:
      return { ...none, flags: [4099], tuple: "riscv64-linux-gnu", platform: "riscv64", libdir: "lib64/lp64d" };
    case 258:
      return {
        ...none,
        flags: [4611, 1, 3],
        tuple: "loongarch64-linux-gnu",
        platform: "loongarch",
        libdir: "lib64"
      };
    default:
      return void 0;
  }
}
function systemDirs(tree, interpreter, arch) {
  const r = tree.resolve(posix4.resolve("/", interpreter));
  const dir = posix4.dirname(r.ok ? r.path : posix4.resolve("/", interpreter)).replace(/^\/usr(?=\/)/, "");
  const multiarch = {
    system: [`/lib/${arch.tuple}`, `/usr/lib/${arch.tuple}`, "/lib", "/usr/lib"],
    lib: `lib/${arch.tuple}`
  };
  if (!arch.libdir || dir !== `/${arch.libdir}`) return multiarch;
  const own = [`/${arch.libdir}`, `/usr/${arch.libdir}`];
  if (!tree.resolve(`/lib/${arch.tuple}`).ok && !tree.resolve(`/usr/lib/${arch.tuple}`).ok) {
    return { system: [...own, "/lib", "/usr/lib"], lib: arch.libdir };
  }
  return { system: [...multiarch.system, ...own], lib: multiarch.lib };
}

// src/inspect/loader/loaders.ts
function muslArch(interpreter) {
  return /ld-musl-([\w-]+)\.so\.1$/.exec(interpreter)?.[1];
}
function loaderFor(tree, elf, interpreter) {
  const musl = muslArch(interpreter);
  if (musl) {
    const prefix = posix5.dirname(posix5.dirname(posix5.resolve("/", interpreter)));
    return { libc: "musl", interpreter, pathFile: posix5.join(prefix, "etc", `ld-musl-${musl}.path`) };
  }
  const arch = glibcArch(elf);
  if (!arch) return void 0;
  const { system, lib } = systemDirs(tree, interpreter, arch);
  return {
    libc: "glibc",
    interpreter,
    cacheFlags: arch.flags,
    hwcaps: arch.hwcaps,
    legacy: { platforms: arch.platforms, names: arch.legacy },
    system,
    lib,
    platform: arch.platform
  };
}
var MUSL_DEFAULT_PATH = ["/lib", "/usr/local/lib", "/usr/lib"];

// src/inspect/loader/musl.ts
import { posix as posix6 } from "node:path";
var RESERVED = /^lib(c|pthread|rt|m|dl|util|xnet)\./;
function rpathOf(obj, workdir) {
  const list2 = obj.elf.runpath?.length ? obj.elf.runpath : obj.elf.rpath ?? [];
  const origin = posix6.dirname(obj.path);
  const out = [];
  for (const d of list2) {
    const e = d.replace(/\$(\{ORIGIN\}|ORIGIN)/g, origin);
    if (e.includes("$")) return [];
    out.push(posix6.resolve(workdir, e));
  }
  return out;
}
function searchPath2(env, obj, sys) {
  const dirs = env.libraryPath.map((d) => posix6.resolve(env.workdir, d));
  for (let p = obj; p; p = p.neededBy) dirs.push(...rpathOf(p, env.workdir));
  return [...dirs, ...sys];
}
function systemPath(env, loader) {
  const r = env.tree.resolve(loader.pathFile);
  if (!r.ok || r.node.kind !== "file") return MUSL_DEFAULT_PATH;
  return (r.node.text ?? "").split(/[:\n]/).filter(Boolean);
}
function loadWithMusl(env, loader, program) {
  const main2 = { path: program.path, node: program.node, elf: program.elf };
  const objects = [main2];
  const result = { libc: "musl", missing: [], versions: [], unknown: [], loaded: 0 };
  const sys = systemPath(env, loader);
  breadthFirst(objects, result.unknown, (obj, name) => {
    if (RESERVED.test(name) || name === loader.interpreter) return;
    if (!name.includes("/") && objects.some((o) => o.shortname === name)) return;
    const paths2 = name.includes("/") ? [posix6.resolve(env.workdir, name)] : searchPath2(env, obj, sys).map((d) => posix6.join(d, name));
    const missing = { name, neededBy: obj.path, skipped: [], reason: "not-found" };
    let taken;
    for (const path4 of paths2) {
      const r = env.tree.resolve(path4);
      if (!r.ok || r.node.kind !== "file") continue;
      const verdict = muslTakes(r.node.binary, program.elf);
      if (!verdict.take) {
        missing.reason = "fatal";
        missing.fatal = { path: path4, error: "fatal" in verdict ? verdict.fatal : verdict.skip };
      } else {
        taken = { path: path4, node: r.node, elf: r.node.binary, neededBy: obj };
        if (!name.includes("/")) taken.shortname = name;
      }
      break;
    }
    if (!taken) {
      result.missing.push(missing);
      return;
    }
    const same = objects.find((o) => o.node === taken.node);
    if (same) same.shortname ??= taken.shortname;
    else objects.push(taken);
  });
  result.loaded = objects.length + 1;
  return result;
}

// src/inspect/modules.ts
import { posix as posix8 } from "node:path";

// src/inspect/prebuilds.ts
import { posix as posix7 } from "node:path";
function prebuildTarget(nodeArch, alpine, env) {
  const value = (name) => env.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1) || void 0;
  const libc = value("LIBC") ?? (alpine ? "musl" : "glibc");
  const armv = value("ARM_VERSION") ?? (nodeArch === "arm64" ? "8" : void 0);
  return { arch: nodeArch, libc: libc === "musl" ? "musl" : "glibc", ...armv ? { armv } : {} };
}
function parseTuple(name) {
  const parts2 = name.split("-");
  if (parts2.length !== 2 || !parts2[0]) return void 0;
  const archs = parts2[1].split("+");
  return archs.every(Boolean) ? { name, platform: parts2[0], archs } : void 0;
}
function parseTags(file) {
  const parts2 = file.split(".");
  if (parts2.pop() !== "node") return void 0;
  const tags = { file, specificity: 0 };
  for (const tag of parts2) {
    if (tag === "node" || tag === "electron" || tag === "node-webkit") tags.runtime = tag;
    else if (tag.startsWith("abi")) tags.abi = true;
    else if (tag.startsWith("armv")) tags.armv = tag.slice(4);
    else if (tag === "glibc" || tag === "musl") tags.libc = tag;
    else if (tag !== "napi" && !tag.startsWith("uv")) continue;
    tags.specificity++;
  }
  return tags;
}
function compareTags(a, b) {
  if (a.runtime !== b.runtime) return a.runtime === "node" ? -1 : b.runtime === "node" ? 1 : 0;
  if (Boolean(a.abi) !== Boolean(b.abi)) return a.abi ? -1 : 1;
  return b.specificity - a.specificity;
}
function choosePrebuild(pkg, paths2, target) {
  const dirs = /* @__PURE__ */ new Map();
  for (const p of paths2) {
    const rel = p.slice(pkg.length + 1).split("/");
    if (rel.length === 3 && (rel[0] === "build" || rel[0] === "prebuilds")) {
      const key = `${rel[0]}/${rel[1]}`;
      dirs.set(key, [...dirs.get(key) ?? [], rel[2]]);
    }
  }
  const built = ["build/Release", "build/Debug"].some((d) => dirs.get(d)?.some((f) => f.endsWith(".node")));
  if (built) return void 0;
  const tuples = [...dirs.keys()].filter((d) => d.startsWith("prebuilds/")).map((d) => parseTuple(d.slice("prebuilds/".length))).filter((t) => t?.platform === "linux");
  const has = tuples.map((t) => t.name).sort();
  const mine = tuples.filter((t) => t.archs.includes(target.arch)).sort((a, b) => a.archs.length - b.archs.length)[0];
  if (!mine) return { looksIn: `prebuilds/linux-${target.arch}`, has };
  const looksIn = `prebuilds/${mine.name}`;
  const tags = (dirs.get(looksIn) ?? []).sort().map(parseTags).filter((t) => t !== void 0);
  const fits = tags.filter(
    (t) => (!t.libc || t.libc === target.libc) && (!t.armv || !target.armv || t.armv === target.armv)
  );
  const winner = fits.sort(compareTags)[0];
  if (winner) return { file: posix7.join(pkg, looksIn, winner.file), looksIn, has };
  const wants = tags.some((t) => t.libc && t.libc !== target.libc) ? `libc=${target.libc}` : `armv=${target.armv ?? ""}`;
  return { looksIn, has, ...tags.length ? { wants } : {} };
}

// src/inspect/modules.ts
var TUPLE_ARCH = new Map(
  Object.values(ARCHITECTURES).flatMap((a) => a.tuples.map((t) => [t, a]))
);
function foreignArchDir(path4, arch) {
  if (path4.startsWith("/usr/lib/gcc-cross/")) return true;
  const m = /^\/(?:usr\/)?(?:lib|lib32|lib64|libx32)\/([^/]+)\//.exec(path4) ?? /^\/usr\/([^/]+)\//.exec(path4);
  const dirArch = m?.[1] ? TUPLE_ARCH.get(m[1]) : void 0;
  return dirArch !== void 0 && dirArch.name !== arch.name;
}
var PY_EXT = /^([A-Za-z_]\w*)(?:\.(cpython-\d+[a-z]*-([\w]+-linux-[\w]+)|abi3))?\.so$/;
function pythonModules(files, arch, out) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!/\/(site-packages|dist-packages|lib-dynload)\//.test(f.path)) continue;
    const m = PY_EXT.exec(posix8.basename(f.path));
    if (!m) continue;
    const key = posix8.join(posix8.dirname(f.path), m[1]);
    const kind = m[3] ? "tagged" : m[2] ? "abi3" : "plain";
    const build = { f, kind, ...m[3] ? { tagArch: TUPLE_ARCH.get(m[3])?.name ?? m[3] } : {} };
    groups.set(key, [...groups.get(key) ?? [], build]);
  }
  for (const [key, builds] of groups) {
    const loaded2 = builds.find((b) => b.kind === "tagged" && b.tagArch === arch.name) ?? builds.find((b) => b.kind === "abi3") ?? builds.find((b) => b.kind === "plain");
    for (const b of builds) {
      const facts2 = { runtime: "python", loaded: b === loaded2, name: posix8.basename(key) };
      if (!loaded2) facts2.noBuildForPlatform = true;
      out.set(b.f.path, facts2);
    }
  }
}
function nodePackage(path4) {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path4);
  return m?.[1] ?? posix8.dirname(path4);
}
function nodeName(pkg) {
  const at = pkg.lastIndexOf("/node_modules/");
  return at >= 0 ? pkg.slice(at + "/node_modules/".length) : posix8.basename(pkg);
}
var PREBUILT = /^(.*)\/prebuilds\/[^/]+\/[^/]+\.node$/;
function prebuiltAddons(files, paths2, arch, target, out) {
  const packages = /* @__PURE__ */ new Map();
  for (const f of files) {
    const pkg = PREBUILT.exec(f.path)?.[1];
    if (pkg !== void 0) packages.set(pkg, [...packages.get(pkg) ?? [], f]);
  }
  if (!packages.size) return;
  const layout = paths2.filter((p) => /\/(build|prebuilds)\/[^/]+\/[^/]+$/.test(p));
  for (const [pkg, addons] of packages) {
    const own = (p) => p.startsWith(`${pkg}/`) && !p.slice(pkg.length).includes("/node_modules/");
    const choice = choosePrebuild(pkg, layout.filter(own), target);
    for (const f of addons) out.set(f.path, { runtime: "node", loaded: f.path === choice?.file, name: nodeName(pkg) });
    if (!choice || choice.file || !choice.has.length) continue;
    if (files.some((f) => own(f.path) && !PREBUILT.test(f.path) && sameElfShape(f.elf, arch))) continue;
    const { looksIn, has, wants } = choice;
    const dirs = wants ? [looksIn] : has.map((t) => `prebuilds/${t}`);
    const first = addons.map((f) => f.path).sort().find((p) => dirs.some((d) => p.startsWith(`${pkg}/${d}/`)));
    const facts2 = first === void 0 ? void 0 : out.get(first);
    if (!facts2) continue;
    facts2.noBuildForPlatform = true;
    facts2.prebuilds = { looksIn, has, ...wants ? { wants } : {} };
  }
}
function labelled(files, arch, runtime, pick, packageOf, out) {
  const mine = files.filter(pick);
  const nativeKeys = new Set(mine.filter((f) => sameElfShape(f.elf, arch)).map((f) => archNeutral(f.path)));
  const nativePackages = new Set(
    mine.filter((f) => sameElfShape(f.elf, arch) && !archNamedIn(f.path.slice(packageOf(f.path).length))).map((f) => packageOf(f.path))
  );
  for (const f of mine) {
    const pkg = packageOf(f.path);
    const name = runtime === "node" ? nodeName(pkg) : posix8.basename(pkg);
    const named = archNamedIn(f.path);
    const facts2 = { runtime, loaded: true, name };
    if (named && named.name !== arch.name) {
      facts2.loaded = false;
      if (!nativeKeys.has(archNeutral(f.path)) && !nativePackages.has(pkg)) facts2.noBuildForPlatform = true;
    }
    out.set(f.path, facts2);
  }
}
function findModules(files, archName, opts = {}) {
  const out = /* @__PURE__ */ new Map();
  const arch = ARCHITECTURES[archName];
  if (!arch) return out;
  const elf = [];
  for (const { path: path4, node: node2 } of files) {
    if (node2.binary?.format !== "elf" || node2.binary.type === 1) continue;
    if (notShippedToRun(path4) || foreignArchDir(path4, arch)) continue;
    elf.push({ path: path4, elf: node2.binary });
  }
  pythonModules(elf, arch, out);
  if (arch.node) {
    const paths2 = files.map((f) => f.path);
    const target = prebuildTarget(arch.node, paths2.includes("/etc/alpine-release"), opts.env ?? []);
    prebuiltAddons(elf, paths2, arch, target, out);
  }
  const jarDirs = new Set(files.filter((f) => f.path.endsWith(".jar")).map((f) => posix8.dirname(f.path)));
  const needed = new Set(elf.flatMap((f) => f.elf.needed ?? []));
  const ownLibDirs = arch.tuples.flatMap((t) => [`/usr/lib/${t}/`, `/lib/${t}/`]).concat(arch.bits === 64 ? ["/usr/lib64/", "/lib64/"] : []);
  const so = (p) => /\.so(\.[\d.]+)?$/.test(p);
  const kinds = [
    { runtime: "node", pick: (p) => p.endsWith(".node") || p.includes("/node_modules/"), packageOf: nodePackage },
    {
      runtime: "ruby",
      pick: (p) => so(p) && /\/(gems|ruby)\//.test(p),
      packageOf: (p) => /^(.*\/gems\/[^/]+)\//.exec(p)?.[1] ?? posix8.dirname(p)
    },
    { runtime: "perl", pick: (p) => so(p) && /\/perl5?\/.*\/auto\//.test(p), packageOf: posix8.dirname },
    { runtime: "php", pick: (p) => so(p) && /\/php[\d.]*\/(extensions\/|\d{8})/.test(p), packageOf: posix8.dirname },
    {
      runtime: "java",
      pick: (p) => so(p) && (jarDirs.has(posix8.dirname(p)) || jarDirs.has(posix8.dirname(posix8.dirname(p)))),
      packageOf: posix8.dirname
    },
    // Plugins: shared objects in subdirectories of this platform's own library directories (gconv, security, …)
    // that nothing needs by name: a library another object needs is judged by what the loader makes of that need.
    {
      runtime: "plugin",
      pick: (p) => so(p) && ownLibDirs.some((d) => p.startsWith(d) && p.slice(d.length).includes("/")) && !needed.has(posix8.basename(p)),
      packageOf: posix8.dirname
    }
  ];
  for (const k of kinds) labelled(elf, arch, k.runtime, (f) => !out.has(f.path) && k.pick(f.path), k.packageOf, out);
  return out;
}

// src/inspect/loading.ts
function libraryPath(env) {
  const llp = env.find((e) => e.startsWith("LD_LIBRARY_PATH="))?.slice(16) ?? "";
  return llp.split(/[:;]/).filter(Boolean);
}
function hasProblems(r) {
  return r.missing.length > 0 || r.versions.length > 0;
}
var LoadingModel = class {
  constructor(tree, opts) {
    this.tree = tree;
    this.arch = ARCHITECTURES[opts.architecture] ?? ARCHITECTURES.amd64;
    this.env = { tree, libraryPath: libraryPath(opts.env), workdir: opts.workdir, memo: /* @__PURE__ */ new Map(), subdirs: /* @__PURE__ */ new Map() };
  }
  tree;
  env;
  arch;
  defaultLoader;
  /** The first of the architecture's loaders the image has: the one a runtime's process runs under. */
  platformLoader(elf) {
    if (this.defaultLoader === void 0) {
      const interp = this.arch.loaders.find((l) => this.tree.isFile(l));
      this.defaultLoader = interp && loaderFor(this.tree, elf, interp) || null;
    }
    return this.defaultLoader ?? void 0;
  }
  /**
   * Load `path` as the loader would: by its own PT_INTERP when `asProgram` and it has one that the image holds,
   * else under the platform's loader. Undefined when no loader in the image can load it.
   */
  load(path4, asProgram) {
    const r = this.tree.resolve(path4);
    if (!r.ok || r.node.kind !== "file" || r.node.binary?.format !== "elf") return void 0;
    const elf = r.node.binary;
    const interp = elf.interpreter ? posix9.resolve("/", elf.interpreter) : void 0;
    const loader = asProgram && interp ? this.tree.isFile(interp) ? loaderFor(this.tree, elf, interp) : void 0 : this.platformLoader(elf);
    if (!loader) return void 0;
    const subject = { path: path4, node: r.node, elf };
    return loader.libc === "glibc" ? loadWithGlibc(this.env, loader, subject) : loadWithMusl(this.env, loader, subject);
  }
};
function attachLoading(executables, opts) {
  const arch = ARCHITECTURES[opts.architecture];
  if (!arch) return;
  const model = new LoadingModel(opts.tree, opts);
  const modules = findModules(
    [...opts.tree.files()].map((node2) => ({ path: node2.path, node: node2 })),
    opts.architecture,
    { env: opts.env }
  );
  for (const e of executables) {
    const elf = e.binary;
    if (elf.format !== "elf") continue;
    const module = modules.get(e.path);
    if (module) e.module = module;
    if (!sameElfShape(elf, arch)) continue;
    const asModule = module?.loaded === true;
    const asProgram = !asModule && elf.interpreter !== void 0 && e.deps?.interpreter?.found === true && (e.path === opts.entrypoint || !exclusionOf(e, elf) && !isLibraryName(e.path));
    if (!asModule && !asProgram) continue;
    const result = model.load(e.path, asProgram);
    if (result && (hasProblems(result) || result.unknown.length > 0)) e.load = result;
  }
}

// src/inspect/windows-image.ts
var NOT_LAID_OUT = "The layers of this Windows image have no Files/ directory, where Windows layers keep the C: drive (buildx writes a windows image built FROM scratch so): they were read as the C: drive as they are, and whether Windows loads such layers at all is not checked.";
function windowsFacts(layers, config, require2) {
  const layout = hasWindowsLayout(layers);
  const tree = layout ? windowsTree(layers) : FileTree.fromLayers(layers, { foldCase: true });
  const executables = [];
  for (const f of tree.files()) {
    if (!f.binary) continue;
    const e = { path: toWindowsPath(f.path), mode: f.mode, size: f.size, binary: f.binary };
    if (f.sha256) e.sha256 = f.sha256;
    if (f.layer !== void 0) e.layer = f.layer;
    executables.push(e);
  }
  const out = {
    entrypoint: resolveWindowsEntrypoint(tree, config),
    searchPath: windowsSearchPath(config),
    executables,
    windows: { wow64: hasWow64(tree), layout }
  };
  if (!layout) out.notChecked = NOT_LAID_OUT;
  const mine = require2.filter(isWindowsPath);
  if (mine.length) {
    out.required = mine.map((path4) => {
      const at = fromWindowsPath(path4);
      const r = at === void 0 ? void 0 : tree.resolve(at);
      const found = r?.ok === true;
      return { path: path4, found, executable: found && r.node.kind === "file" };
    });
  }
  return out;
}

// src/inspect/image.ts
function readLayers(source, layers) {
  return mapLimit(layers, source.layerConcurrency ?? 1, (l) => layerReader.read(source, l));
}
async function readTree(source, layers) {
  const tree = new FileTree();
  const read = /* @__PURE__ */ new Map();
  let applied = 0;
  await mapLimit(layers, source.layerConcurrency ?? 1, async (l, i) => {
    read.set(i, await layerReader.read(source, l));
    for (let e = read.get(applied); e; e = read.get(applied)) {
      read.delete(applied);
      tree.apply(e, applied++);
    }
  });
  return tree;
}
function layerFacts(manifest, config) {
  return {
    layerCount: manifest.layers.length,
    history: (config.history ?? []).map((h) => ({ createdBy: String(h.created_by ?? ""), empty: h.empty_layer === true }))
  };
}
async function inspectImage(source, ref, platform, require2 = []) {
  const started = Date.now();
  const base = {
    platform,
    status: "inspected",
    digest: ref.manifest.digest,
    executables: [],
    durationMs: 0
  };
  if (ref.indexPlatform) base.indexPlatform = ref.indexPlatform;
  const family = osFamily(platform);
  try {
    const { manifest, config } = await loadImage(source, ref);
    base.config = { os: config.os ?? "", architecture: config.architecture ?? "" };
    if (config.variant) base.config.variant = config.variant;
    const osVersion = ref.osVersion ?? config["os.version"];
    const osFeatures = ref.osFeatures ?? config["os.features"];
    if (typeof osVersion === "string" && osVersion) base.osVersion = osVersion;
    if (Array.isArray(osFeatures) && osFeatures.length) base.osFeatures = osFeatures.map(String);
    const notChecked2 = notCheckedOn(platform);
    if (notChecked2) base.notChecked = notChecked2;
    if (family === "other") {
      base.durationMs = Date.now() - started;
      return base;
    }
    if (family === "windows") {
      const layers = await readLayers(source, manifest.layers);
      Object.assign(base, layerFacts(manifest, config), windowsFacts(layers, config, require2));
      base.durationMs = Date.now() - started;
      return base;
    }
    const tree = await readTree(source, manifest.layers);
    Object.assign(base, layerFacts(manifest, config), treeFacts(tree, config, platform));
    const mine = require2.filter((path4) => path4.startsWith("/"));
    if (mine.length) {
      base.required = mine.map((path4) => {
        return { path: path4, found: tree.resolve(path4).ok, executable: isExecutableFile(tree, path4) };
      });
    }
  } catch (err2) {
    if (!(err2 instanceof UserError)) throw err2;
    base.status = "unreadable";
    base.error = errorMessage(err2);
  }
  base.durationMs = Date.now() - started;
  return base;
}
function treeFacts(tree, config, platform) {
  const family = osFamily(platform);
  let entrypoint = resolveEntrypoint(tree, config);
  if (family !== "linux" && !entrypoint.resolved && !entrypoint.argv[0]?.includes("/")) {
    entrypoint = { ...entrypoint, uncertain: true };
  }
  const searchPath3 = pathOf(config);
  const out = {
    entrypoint,
    searchPath: searchPath3,
    executables: collectExecutables(tree, searchPath3)
  };
  if (config.config?.User) out.user = numericUser(config.config.User, tree.text("/etc/passwd"));
  if (family === "linux") {
    attachLoading(out.executables, {
      tree,
      architecture: platform.architecture,
      env: (config.config?.Env ?? []).filter((x) => typeof x === "string"),
      workdir: config.config?.WorkingDir || "/",
      ...entrypoint.resolved ? { entrypoint: entrypoint.resolvedPath } : {}
    });
    if (platform.architecture === "arm") out.armLoaders = armLoaders(tree);
  }
  return out;
}
function numericUser(user, passwd) {
  const [name = "", group] = user.split(":");
  if (/^\d*$/.test(name)) return user;
  const entry = (passwd ?? "").split("\n").map((l) => l.split(":")).find((f) => f[0] === name);
  if (!entry || !/^\d+$/.test(entry[2] ?? "")) return user;
  return `${entry[2]}:${group !== void 0 && /^\d+$/.test(group) ? group : entry[3] ?? ""}`;
}
function collectExecutables(tree, path4) {
  const out = [];
  for (const f of tree.files()) {
    if (!f.binary && (f.mode & 73) === 0) continue;
    const e = { path: f.path, mode: f.mode, size: f.size, binary: f.binary ?? { format: "other" } };
    if (f.sha256) e.sha256 = f.sha256;
    if (f.layer !== void 0) e.layer = f.layer;
    const deps = dependenciesOf(tree, e.binary, path4);
    if (deps) e.deps = deps;
    out.push(e);
  }
  return out;
}

// src/inspect/platforms.ts
async function platformOf(source, ref) {
  if (ref.indexPlatform) return ref.indexPlatform;
  const { config } = await loadImage(source, ref);
  return normalizePlatform(config);
}
var PLATFORMS_AT_ONCE = Math.max(2, cores());
function unread(platform, status, more = {}) {
  return { platform, status, executables: [], durationMs: 0, ...more };
}
function selectImage(source, refs, image) {
  const names = [...new Set(refs.map((r) => r.refName).filter((n) => !!n))];
  if (image === void 0) {
    if (names.length > 1)
      throw new UserError(`${source} holds several images (${names.join(", ")}); choose one with --image NAME`);
    return refs;
  }
  const hit = refs.filter((r) => r.refName === image || (r.refName?.endsWith(`:${image}`) ?? false));
  if (hit.length === 0)
    throw new UserError(`${source} has no image named "${image}"; it has ${names.join(", ") || "no named images"}`);
  return hit;
}
async function inspectSource(source, requested, image, require2 = []) {
  const refs = selectImage(source.name, await listImages(source), image);
  if (refs.length === 0) throw new UserError(`${source.name}: the index holds no platform image`);
  const offered = withOsVersions(
    await Promise.all(refs.map(async (ref) => ({ ref, platform: await platformOf(source, ref) })))
  );
  if (!requested?.length) {
    const seen = /* @__PURE__ */ new Set();
    const unique3 = offered.filter((o) => !seen.has(formatPlatform(o.platform)) && seen.add(formatPlatform(o.platform)));
    return mapLimit(unique3, PLATFORMS_AT_ONCE, (o) => inspectImage(source, o.ref, o.platform, require2));
  }
  return mapLimit(requested, PLATFORMS_AT_ONCE, (want) => {
    const hit = offered.find((o) => platformMatches(want, { ...o.platform, ...osVersionOf(o.ref) }));
    return hit ? inspectImage(source, hit.ref, want, require2) : Promise.resolve(unread(want, "missing"));
  });
}
function osVersionOf(ref) {
  return ref.osVersion ? { osVersion: ref.osVersion } : {};
}
function withOsVersions(offered) {
  const versions = /* @__PURE__ */ new Map();
  for (const o of offered) {
    const key = formatPlatform(o.platform);
    versions.set(key, (versions.get(key) ?? /* @__PURE__ */ new Set()).add(o.ref.osVersion ?? ""));
  }
  return offered.map(
    (o) => (versions.get(formatPlatform(o.platform))?.size ?? 0) > 1 && o.ref.osVersion ? { ...o, platform: { ...o.platform, osVersion: o.ref.osVersion } } : o
  );
}

// src/verify.ts
function dockerfileOf(opts) {
  return opts.file ?? posix10.join(opts.context, "Dockerfile");
}
async function readDockerfile(file, target, named = false) {
  const text = await readFile4(file, "utf8").catch(() => void 0);
  if (text === void 0) {
    if (named) throw new UserError(`the Dockerfile ${file} does not exist`);
    return void 0;
  }
  return { file, stages: parseDockerfile(text), lines: text.split(/\r?\n/), ...target ? { target } : {} };
}
async function verify(req) {
  const untune = tuneHeap();
  try {
    return await verifyWithCache(req);
  } finally {
    untune();
  }
}
async function verifyWithCache(req) {
  if (!req.cacheDir) return verifyImages(req);
  const cache = new FactsCache(req.cacheDir, { warn: (m) => req.log.warning(m) });
  layerReader.cache = cache;
  try {
    return await verifyImages(req);
  } finally {
    layerReader.cache = void 0;
    await cache.flush();
    const s = cache.stats;
    req.log.debug(
      `facts cache ${cache.dir} (version ${cache.version}): ${s.hits} layer(s) from the cache, ${s.misses + s.rejected} read${s.rejected ? ` (${s.rejected} cache entries failed their checks and were written again)` : ""}, ${s.written} written, ${s.evicted} evicted`
    );
  }
}
async function verifyImages(req) {
  if (req.image) {
    const dockerfile2 = req.dockerfile ? await readDockerfile(req.dockerfile, req.target, true) : void 0;
    const source = await openSource(req.image);
    try {
      const facts3 = await req.log.group(
        `Inspect ${source.name}`,
        () => inspectSource(source, req.platforms, req.imageName, req.config.require)
      );
      return checkAndReport(source.name, facts3, req.failOn, reportExtra(req, dockerfile2));
    } finally {
      await source.close();
    }
  }
  const opts = req.build;
  if (!opts) throw new UserError("nothing to verify: name an image, or a context to build");
  if (opts.file)
    await access(opts.file).catch(() => {
      throw new UserError(`the Dockerfile ${opts.file} does not exist`);
    });
  const facts2 = await buildAndInspect(opts, req.platforms, req.log, req.config.require);
  const dockerfile = await readDockerfile(dockerfileOf(opts), opts.target);
  return checkAndReport(`build:${opts.context}`, facts2, req.failOn, reportExtra(req, dockerfile));
}
function reportExtra(req, dockerfile) {
  return { config: req.config, ...dockerfile ? { dockerfile } : {}, ...req.context ? { context: req.context } : {} };
}
async function buildAndInspect(opts, platforms, log, require2 = []) {
  if (platforms.length === 0)
    throw new UserError("no platforms to build: set platforms, for example linux/amd64,linux/arm64");
  const builder = await preflight(opts.builder);
  log.debug(`builder ${builder.name}: ${builder.platforms.map(formatPlatform).join(", ")}`);
  return withTempDir(async (dir) => {
    const out = [];
    let stopped;
    for (const platform of platforms) {
      if (stopped) {
        out.push(unread(platform, "not-checked", { error: `${formatPlatform(platform)} was not built: ${stopped}` }));
        continue;
      }
      const built = await buildPlatform(opts, platform, dir, log, dockerfileOf(opts), builder);
      if (!built.ok && "environment" in built) {
        log.warning(built.environment);
        out.push(unread(platform, "not-checked", { error: built.environment }));
        if (built.daemonGone) stopped = `the buildx builder "${builder.name}" had stopped answering`;
        continue;
      }
      if (!built.ok) {
        out.push(unread(platform, "build-failed", { build: built.failure }));
        continue;
      }
      out.push(inspectBuilt(built.ociDir, platform, require2));
    }
    return Promise.all(out);
  });
}
async function inspectBuilt(ociDir, platform, require2) {
  const source = await OciDirSource.open(ociDir);
  try {
    const [facts2] = await inspectSource(source, [platform], void 0, require2);
    return facts2;
  } catch (err2) {
    if (!(err2 instanceof UserError)) throw err2;
    return unread(platform, "unreadable", { error: errorMessage(err2) });
  } finally {
    await source.close();
  }
}
function checkAndReport(source, platforms, failOn, extra = {}) {
  const summaries = platforms.map(summarisePlatform);
  return assembleReport({
    source,
    platforms: summaries,
    evaluation: evaluate({
      facts: platforms,
      summaries,
      config: extra.config ?? EMPTY_CONFIG,
      ...extra.dockerfile ? { dockerfile: extra.dockerfile } : {}
    }),
    failOn,
    ...extra.context ? { context: extra.context } : {},
    ...extra.dockerfile ? { dockerfile: extra.dockerfile.file } : {}
  });
}

// src/request.ts
var FAIL_ON = ["error", "warning", "note", "never"];
function parseFailOn(v, what = "fail-on") {
  if (FAIL_ON.includes(v)) return v;
  throw new UserError(`invalid ${what} "${v}": use ${FAIL_ON.join(", ")}`);
}
async function verifyRequest(s, log, context) {
  const config = await loadConfig(s.config);
  const base = {
    platforms: s.platforms,
    config,
    failOn: s.failOn,
    log,
    ...s.cacheDir ? { cacheDir: s.cacheDir } : {},
    ...s.target ? { target: s.target } : {},
    ...context ? { context } : {}
  };
  if (s.image) {
    return {
      ...base,
      image: s.image,
      ...s.imageName ? { imageName: s.imageName } : {},
      ...s.file ? { dockerfile: s.file } : {}
    };
  }
  if (!s.platforms.length) {
    throw new UserError(
      "set platforms to build and verify (for example linux/amd64,linux/arm64), or image to verify an image already built"
    );
  }
  const build = {
    context: s.context || ".",
    buildArgs: s.buildArgs ?? [],
    ...s.file ? { file: s.file } : {},
    ...s.target ? { target: s.target } : {},
    ...s.builder ? { builder: s.builder } : {}
  };
  return { ...base, build };
}

// src/commands.ts
var USAGE = `usage:
  multiarch-verify build [CONTEXT] --platforms P1,P2 [--file Dockerfile] [--target T] [--build-arg K=V]... [--builder B]
  multiarch-verify inspect SOURCE [--platforms P1,P2] [--image NAME] [--file Dockerfile [--target T]]
      SOURCE: ${SOURCE_LIST.join(" | ")}
      --image NAME: which image, when the source tags several
common options:
  --format text|markdown|json|sarif  report format on stdout (default text)
  --output FILE                 write the report to FILE instead of stdout
  --fail-on error|warning|note|never  exit 1 when a finding is at or above this severity (default error)
  --config FILE                 rule severities, ignored paths, required paths (default .github/multiarch-verify.yml if present)
  --cache-dir DIR               the facts cache: layers read once are not read again (default $XDG_CACHE_HOME/multiarch-verify)
  --no-cache                    read every layer; neither read nor write the facts cache
  --verbose                     debug output on stderr
exit codes: 0 verified \xB7 1 findings at or above --fail-on \xB7 2 usage, input or environment error`;
var FORMATS = ["text", "markdown", "json", "sarif"];
function render(report, format, color) {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "sarif") return JSON.stringify(renderSarif(report), null, 2) + "\n";
  if (format === "markdown") return renderMarkdown(report);
  return renderTerminal(report, { color });
}
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platforms: { type: "string" },
        file: { type: "string", short: "f" },
        target: { type: "string" },
        "build-arg": { type: "string", multiple: true },
        builder: { type: "string" },
        image: { type: "string" },
        config: { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "error" },
        verbose: { type: "boolean", default: false },
        "cache-dir": { type: "string" },
        "no-cache": { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      }
    });
  } catch (err2) {
    process.stderr.write(`multiarch-verify: ${errorMessage(err2)}
${USAGE}
`);
    return ExitCode.UsageError;
  }
  const { values: v, positionals } = parsed;
  if (v.version) {
    process.stdout.write(`${VERSION}
`);
    return ExitCode.Verified;
  }
  const [command, ...rest] = positionals;
  if (v.help || !command) {
    ;
    (v.help ? process.stdout : process.stderr).write(`${USAGE}
`);
    return v.help ? ExitCode.Verified : ExitCode.UsageError;
  }
  const log = stderrLogger(v.verbose);
  try {
    const format = v.format;
    if (!FORMATS.includes(format)) throw new UserError(`invalid --format "${v.format}": use ${FORMATS.join(", ")}`);
    const failOn = parseFailOn(v["fail-on"]);
    const platforms = v.platforms ? parsePlatformList(v.platforms) : [];
    if (v["no-cache"] && v["cache-dir"]) throw new UserError("--no-cache and --cache-dir cannot be used together");
    const common2 = {
      platforms,
      failOn,
      ...v["no-cache"] ? {} : { cacheDir: v["cache-dir"] || defaultCacheDir() },
      ...v.config ? { config: v.config } : {},
      ...v.file ? { file: v.file } : {},
      ...v.target ? { target: v.target } : {}
    };
    let settings;
    if (command === "inspect") {
      if (rest.length !== 1) throw new UserError(`inspect takes exactly one SOURCE: ${SOURCE_FORMS}`);
      settings = { ...common2, image: rest[0], ...v.image ? { imageName: v.image } : {} };
    } else if (command === "build") {
      if (rest.length > 1) throw new UserError("build takes at most one CONTEXT directory");
      if (!platforms.length)
        throw new UserError("build needs --platforms, for example --platforms linux/amd64,linux/arm64");
      settings = {
        ...common2,
        context: rest[0] ?? ".",
        buildArgs: v["build-arg"] ?? [],
        ...v.builder ? { builder: v.builder } : {}
      };
    } else {
      throw new UserError(`unknown command "${command}": use build or inspect`);
    }
    const report = await verify(await verifyRequest(settings, log));
    const text = render(report, format, !v.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
    if (v.output) await writeFile(v.output, text);
    else process.stdout.write(text);
    for (const e of report.internalErrors ?? []) {
      log.warning(`check ${e.rule} crashed (a bug in multiarch-verify, please report it): ${e.error}`);
      if (e.stack) log.debug(showStack(e.stack));
    }
    for (const e of report.errors ?? []) process.stderr.write(`multiarch-verify: not verified: ${e}
`);
    if (report.errors?.length) return ExitCode.UsageError;
    return report.verdict === "fail" ? ExitCode.Findings : ExitCode.Verified;
  } catch (err2) {
    if (err2 instanceof UserError) {
      process.stderr.write(`multiarch-verify: ${errorMessage(err2)}
`);
      return ExitCode.UsageError;
    }
    const stack = err2 instanceof Error ? err2.stack : void 0;
    process.stderr.write(
      `multiarch-verify: internal error (a bug in multiarch-verify, please report it): ${errorMessage(err2)}` + (v.verbose ? `
${showStack(stack ?? String(err2))}
` : "; run again with --verbose for its stack trace\n")
    );
    return ExitCode.UsageError;
  }
}

// src/cli.ts
process.stdout.on("error", (err2) => {
  if (err2.code !== "EPIPE") throw err2;
});
main(process.argv.slice(2)).then(
  (code2) => {
    process.exitCode = code2;
  },
  (err2) => {
    process.stderr.write(`multiarch-verify: internal error: ${String(err2)}
`);
    process.exitCode = ExitCode.UsageError;
  }
);
