<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" fetchMode="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option name="identify/format" type="QString" value="Value"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option name="name" type="QString" value=""/>
      <Option name="properties"/>
      <Option name="type" type="QString" value="collection"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling enabled="false" zoomedOutResamplingMethod="nearestNeighbour" zoomedInResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer band="1" type="paletted" opacity="1" alphaBand="-1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry value="10" alpha="255" color="#006400" label="Tree cover"/>
        <paletteEntry value="20" alpha="255" color="#ffbb22" label="Shrubland"/>
        <paletteEntry value="30" alpha="255" color="#ffff4c" label="Grassland"/>
        <paletteEntry value="40" alpha="255" color="#f096ff" label="Cropland"/>
        <paletteEntry value="50" alpha="255" color="#fa0000" label="Built-up"/>
        <paletteEntry value="60" alpha="255" color="#b4b4b4" label="Bare / sparse vegetation"/>
        <paletteEntry value="70" alpha="255" color="#f0f0f0" label="Snow and ice"/>
        <paletteEntry value="80" alpha="255" color="#0064c8" label="Permanent water bodies"/>
        <paletteEntry value="90" alpha="255" color="#0096a0" label="Herbaceous wetland"/>
        <paletteEntry value="95" alpha="255" color="#00cf75" label="Mangroves"/>
        <paletteEntry value="100" alpha="255" color="#fae6a0" label="Moss and lichen"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast contrast="0" gamma="1" brightness="0"/>
    <huesaturation colorizeRed="255" grayscaleMode="0" invertColors="0" colorizeOn="0" saturation="0" colorizeBlue="128" colorizeStrength="100" colorizeGreen="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
