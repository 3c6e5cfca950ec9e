<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" minScale="1e+08" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal mode="0" enabled="0" fetchMode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option value="Value" type="QString" name="identify/format"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option value="" type="QString" name="name"/>
      <Option name="properties"/>
      <Option value="collection" type="QString" name="type"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling enabled="false" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer opacity="1" band="1" nodataColor="" type="paletted" alphaBand="-1">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry alpha="255" value="10" color="#006400" label="Tree cover"/>
        <paletteEntry alpha="255" value="20" color="#ffbb22" label="Shrubland"/>
        <paletteEntry alpha="255" value="30" color="#ffff4c" label="Grassland"/>
        <paletteEntry alpha="255" value="40" color="#f096ff" label="Cropland"/>
        <paletteEntry alpha="255" value="50" color="#fa0000" label="Built-up"/>
        <paletteEntry alpha="255" value="60" color="#b4b4b4" label="Bare / sparse vegetation"/>
        <paletteEntry alpha="255" value="70" color="#f0f0f0" label="Snow and ice"/>
        <paletteEntry alpha="255" value="80" color="#0064c8" label="Permanent water bodies"/>
        <paletteEntry alpha="255" value="90" color="#0096a0" label="Herbaceous wetland"/>
        <paletteEntry alpha="255" value="95" color="#00cf75" label="Mangroves"/>
        <paletteEntry alpha="255" value="100" color="#fae6a0" label="Moss and lichen"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation colorizeOn="0" colorizeRed="255" colorizeGreen="128" invertColors="0" grayscaleMode="0" saturation="0" colorizeStrength="100" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
