/**
 * The desktop app (JavaFX). This package holds the helpers every view uses (FXML loading, work held until the next
 * frame); the features are in subpackages, put together by {@code ui.main}.
 */
package org.tradeworkbench.ui;
